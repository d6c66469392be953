/**
 * Interaction bodies larger than this are refused with 413 before verification; real ones are a few KiB.
 *
 * @example
 * ```ts
 * if (body.length > MAX_BODY_BYTES) return new Response(null, { status: 413 });
 * ```
 */
export const MAX_BODY_BYTES = 64 * 1_024;
