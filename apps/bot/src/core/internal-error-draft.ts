import type { MessageDraft } from '../util/respond.js';

/**
 * The message for an internal error: an apology and the correlation id (which is logged), never anything the user
 * typed. Used by the core and by a transport whose deferred answer failed; both pass it through `util/respond.ts`,
 * which adds the help lines.
 *
 * @example
 * ```ts
 * prepareResponse(internalErrorDraft(correlationId()), selectHelp());
 * ```
 */
export function internalErrorDraft(id: string): MessageDraft {
	return {
		content: `Something went wrong on Signpost's side. Please try again later. Reference: ${id}`,
		ephemeral: true,
	};
}
