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
	/** The claim's id, e.g. "uk-2016-17-up-15-per-cent". */
	id: IdSchema.describe('The claim\'s id, e.g. "uk-2016-17-up-15-per-cent".'),
	/** The id of the source (in `sources`) that makes the statement. */
	source: IdSchema.describe('The id of the source (in `sources`) that makes the statement.'),
	/** The statement copied word for word from the source ("up 15 per cent from the previous year"). */
	quote: z
		.string()
		.min(1)
		.max(1_000)
		.describe('The statement copied word for word from the source ("up 15 per cent from the previous year").'),
	/** What is computed: a change, a rate per day or week, "every n minutes", a ratio, a share or "one in n". */
	kind: ClaimKindSchema.describe(
		'What is computed: a change, a rate per day or week, "every n minutes", a ratio, a share or "one in n".',
	),
	/**
	 * Input figure ids: [from, to] for a change; [count] for a rate; [fromA, toA, fromB, toB] for a ratio of changes;
	 * [part, whole] for a share ("26%" is `percent-of`, "one in seven" is `one-in-n`).
	 */
	figures: z
		.array(IdSchema)
		.min(1)
		.max(4)
		.describe(
			'Input figure ids: [from, to] for a change; [count] for a rate; [fromA, toA, fromB, toB] for a ratio of changes; [part, whole] for a share ("26%" is `percent-of`, "one in seven" is `one-in-n`).',
		),
	/** The number the source states (15 for "up 15 per cent"), compared with the value computed from `figures`. */
	stated: z
		.number()
		.describe(
			'The number the source states (15 for "up 15 per cent"), compared with the value computed from `figures`.',
		),
	/** How the source qualified the number ("almost", "more than"); "exact" when it did not. */
	qualifier: QualifierSchema.default('exact').describe(
		'How the source qualified the number ("almost", "more than"); "exact" when it did not.',
	),
	/** `false` when the statement does not reproduce from its figures (set by the data checks, explained in `note`). */
	reproduces: z
		.boolean()
		.nullable()
		.optional()
		.describe(
			'`false` when the statement does not reproduce from its figures (set by the data checks, explained in `note`).',
		),
	/** Why a statement does not reproduce, or how it was read. */
	note: z.string().optional().describe('Why a statement does not reproduce, or how it was read.'),
});

export type ClaimKind = z.infer<typeof ClaimKindSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
