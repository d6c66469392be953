import { z } from 'zod';
import { IdSchema } from './id.js';

const ReleaseAndArea = {
	/** The release (an id in `releases`). */
	release: IdSchema.describe('The release (an id in `releases`).'),
	/** The police force (an area id of kind `force`). */
	area: IdSchema.describe('The police force (an area id of kind `force`).'),
	/** Further notes (a figure only in a group total, a page that gives the year only as a change). */
	note: z
		.string()
		.min(1)
		.optional()
		.describe('Further notes (a figure only in a group total, a page that gives the year only as a change).'),
};

/** The dataset holds figures for the force from the release's stored reports. */
export const FiguresEnteredSchema = z
	.object({
		/** The dataset holds figures for the force from the release. */
		outcome: z.literal('figures-entered').describe('The dataset holds figures for the force from the release.'),
		...ReleaseAndArea,
		/** The ids of the force's figures with a source reporting the release (any batch's). */
		figures: z
			.array(IdSchema)
			.min(1)
			.describe("The ids of the force's figures with a source reporting the release (any batch's)."),
	})
	.strict();

/** The release's stored reports were searched and none states a figure for the force. */
export const NotFoundSchema = z
	.object({
		/** Searched: no stored page states a figure for the force from the release. */
		outcome: z
			.literal('not-found')
			.describe('Searched: no stored page states a figure for the force from the release.'),
		...ReleaseAndArea,
		/** The search log (an id in `searches`) of the release's searches. */
		search: IdSchema.describe("The search log (an id in `searches`) of the release's searches."),
		/** Group totals from the release that include the force (figure ids), where the force has none of its own. */
		inGroups: z
			.array(IdSchema)
			.min(1)
			.optional()
			.describe(
				'Group totals from the release that include the force (figure ids), where the force has none of its own.',
			),
	})
	.strict();

/** A stored page says the force gave the NSPCC no figures for the release. */
export const DidNotAnswerSchema = z
	.object({
		/** A stored page says the force gave the NSPCC no figures. */
		outcome: z.literal('did-not-answer').describe('A stored page says the force gave the NSPCC no figures.'),
		...ReleaseAndArea,
		/** The source (an id in `sources`) whose page says so; its address and date are the source's. */
		source: IdSchema.describe(
			"The source (an id in `sources`) whose page says so; its address and date are the source's.",
		),
		/** The sentence, copied word for word from the page. */
		quote: z.string().min(1).describe('The sentence, copied word for word from the page.'),
	})
	.strict();

/**
 * The release does not ask the force: it covers other nations or forces only (a Scotland-only or Northern
 * Ireland-only release, a force's own release or published FOI answer), so a search for the force would find nothing
 * by design. The reason says which.
 */
export const NotInScopeSchema = z
	.object({
		/** The release does not cover the force. */
		outcome: z.literal('not-in-scope').describe('The release does not cover the force.'),
		...ReleaseAndArea,
		/** Why the release does not cover the force ("the release covers Scotland only"). */
		reason: z
			.string()
			.min(1)
			.describe('Why the release does not cover the force ("the release covers Scotland only").'),
	})
	.strict();

/**
 * One force in one release: what the stored pages hold. `figures-entered` (the figures), `not-found` (searched, the
 * search log named), `did-not-answer` (a page says the force gave no figures: the sentence and its source) or
 * `not-in-scope` (the release does not cover the force, and why).
 */
export const LedgerEntrySchema = z.discriminatedUnion('outcome', [
	FiguresEnteredSchema,
	NotFoundSchema,
	DidNotAnswerSchema,
	NotInScopeSchema,
]);

export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
export type LedgerOutcome = LedgerEntry['outcome'];
