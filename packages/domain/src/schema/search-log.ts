import { z } from 'zod';
import { isCalendarDate } from './calendar-date.js';
import { IdSchema } from './id.js';
import { WebAddressSchema } from './web-address.js';

/** One query run against the stored public pages (the `search` tool, corpus `pages`). */
export const SearchQuerySchema = z
	.object({
		/** The words searched for, exactly as sent. */
		query: z.string().min(1).describe('The words searched for, exactly as sent.'),
		/** The corpus searched: `pages` (stored news and web pages). */
		corpus: z.literal('pages').describe('The corpus searched: `pages` (stored news and web pages).'),
		/** What the query looked for: force names, a county or town, a regional round-up, the release's UK headline, or a sentence saying a force gave no figures. */
		aim: z
			.enum(['force', 'county-or-town', 'region', 'headline', 'did-not-answer'])
			.describe(
				"What the query looked for: force names, a county or town, a regional round-up, the release's UK headline, or a sentence saying a force gave no figures.",
			),
	})
	.strict();

/** A page a search returned and that was read, and what was done with it. */
export const PageReadSchema = z
	.object({
		/** The page's address as the search returned it. */
		url: WebAddressSchema.describe("The page's address as the search returned it."),
		/**
		 * Whether the page reports this search log's release, another release (named in `release`), or no NSPCC or police
		 * release of these counts (ONS tables, inspections, other measures).
		 */
		reports: z
			.enum(['this-release', 'another-release', 'not-a-release'])
			.describe(
				"Whether the page reports this search log's release, another release (named in `release`), or no NSPCC or police release of these counts (ONS tables, inspections, other measures).",
			),
		/** The release the page reports, when it is another release. */
		release: IdSchema.optional().describe('The release the page reports, when it is another release.'),
		/**
		 * `entered`: its figures were entered by this batch; `held`: the dataset already held what it states; `not-entered`:
		 * read and left out, the reason in `note`.
		 */
		outcome: z
			.enum(['entered', 'held', 'not-entered'])
			.describe(
				'`entered`: its figures were entered by this batch; `held`: the dataset already held what it states; `not-entered`: read and left out, the reason in `note`.',
			),
		/** What the page holds, or why it was not entered. */
		note: z.string().min(1).optional().describe('What the page holds, or why it was not entered.'),
	})
	.strict()
	.refine((page) => page.outcome !== 'not-entered' || page.note !== undefined, {
		message: 'a page read and not entered says why in `note`',
		path: ['note'],
	})
	.refine((page) => (page.reports === 'another-release') === (page.release !== undefined), {
		message: '`release` names the other release, and only for a page that reports another release',
		path: ['release'],
	});

/**
 * The record of searching the stored pages for one release: the queries tried (force names, counties and towns, the
 * release's regional round-ups, its UK headline number) and every page read, with what it held. The force-by-release
 * ledger's `not-found` outcomes refer to it.
 */
export const SearchLogSchema = z
	.object({
		/** The search log's id, e.g. "search-nspcc-2024-01"; ledger entries name it. */
		id: IdSchema.describe('The search log\'s id, e.g. "search-nspcc-2024-01"; ledger entries name it.'),
		/** The release searched for (an id in `releases`). */
		release: IdSchema.describe('The release searched for (an id in `releases`).'),
		/** The day the searches were run, "YYYY-MM-DD". */
		searched: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/)
			.refine(isCalendarDate, 'must be a real date')
			.describe('The day the searches were run, "YYYY-MM-DD".'),
		/** The queries tried, in the order they were run. */
		queries: z.array(SearchQuerySchema).min(1).describe('The queries tried, in the order they were run.'),
		/** The pages read from the results, each with what it holds. */
		pages: z.array(PageReadSchema).describe('The pages read from the results, each with what it holds.'),
		/** Notes on the search (what the queries could not reach). */
		notes: z.array(z.string().min(1)).default([]).describe('Notes on the search (what the queries could not reach).'),
	})
	.strict();

export type SearchQuery = z.infer<typeof SearchQuerySchema>;
export type PageRead = z.infer<typeof PageReadSchema>;
export type SearchLog = z.infer<typeof SearchLogSchema>;
