import { z } from 'zod';
import { IdSchema } from './id.js';
import { QualifierSchema } from './qualifier.js';

/** Kinds of derived statement a source makes. */
export const ClaimKindSchema = z.enum([
	'percent-change',
	'per-day',
	'per-week',
	'every-n-minutes',
	'ratio',
	'percent-of',
	'one-in-n',
]);

/**
 * A derived statement a source makes ("up 15 per cent", "one offence every eight minutes"), tied to the figures it
 * comes from. Signpost recomputes it; one that does not reproduce is flagged, never deleted.
 */
export const ClaimSchema = z.object({
	id: IdSchema,
	source: IdSchema,
	quote: z.string().min(1).max(1_000),
	kind: ClaimKindSchema,
	/**
	 * Input figure ids: [from, to] for a change; [count] for a rate; [fromA, toA, fromB, toB] for a ratio of changes;
	 * [part, whole] for a share ("26%" is `percent-of`, "one in seven" is `one-in-n`).
	 */
	figures: z.array(IdSchema).min(1).max(4),
	stated: z.number(),
	qualifier: QualifierSchema.default('exact'),
	/** `false` when the statement does not reproduce from its figures (set by the data checks, explained in `note`). */
	reproduces: z.boolean().nullable().optional(),
	note: z.string().optional(),
});

export type ClaimKind = z.infer<typeof ClaimKindSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
