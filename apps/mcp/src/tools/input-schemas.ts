import { AUDIENCES, HELP_TOPICS, MAX_FREE_TEXT_LENGTH } from '@signpost-uk/domain';
import { z } from 'zod';

// The tools' input schemas, kept together. Every free-text argument takes up to the domain's MAX_FREE_TEXT_LENGTH
// (2,000 characters): a model may pass on a person's whole message, and it must reach the SDK's person check (help
// first) rather than be refused by the schema. Longer is refused as bad input, with the help lines, before any lookup;
// text the SDK cannot read as a name or year (over its own 200 characters) is its invalid-query answer.

/** The longest text any free-text argument takes. */
const TEXT = MAX_FREE_TEXT_LENGTH;

/** Who is asking, to choose which help is shown beside Childline, the NSPCC Helpline and 999 (never instead). */
export const HelpSelectionShape = {
	audience: z
		.enum(AUDIENCES)
		.optional()
		.describe(
			'Who the person appears to be: "child" for a child or young person, "adult" for an adult worried about a child.',
		),
	topic: z
		.enum(HELP_TOPICS)
		.optional()
		.describe(
			'What the person needs help with, where they have said: adds CEOP for online grooming, Report Remove for a shared image, Stop It Now for someone worried about their own thoughts, Samaritans and Papyrus for suicide or self-harm, NAPAC for an adult survivor of childhood abuse.',
		),
};

const AreaText = z
	.string()
	.trim()
	.min(1)
	.max(TEXT)
	.describe(
		'A police force, nation, region or the UK, as the person wrote it: "Derbyshire", "Notts", "Hants", "Dyfed-Powys", "Scotland".',
	);
const YearText = z
	.string()
	.trim()
	.min(1)
	.max(TEXT)
	.describe(
		'A financial year as the person wrote it: "2016/17", "2016-17", "year ending March 2023". Leave out for the latest year held.',
	);
const MeasureText = z
	.string()
	.trim()
	.min(1)
	.max(TEXT)
	.describe(
		'A measure id or name, to limit the answer to one measure (for example "sexual-communication-with-a-child").',
	);

/** A breakdown, passed to the SDK as written: it checks each part against the dataset (an unknown one is invalid-query). */
const BreakdownInput = z
	.object({
		ageBand: z
			.string()
			.trim()
			.min(1)
			.max(TEXT)
			.optional()
			.describe('An age band id or label as published: "under-thirteen", "under 13", "ten and under".'),
		sex: z.enum(['girls', 'boys']).optional().describe('Figures for offences against girls, or against boys.'),
		platform: z.string().trim().min(1).max(TEXT).optional().describe('A platform id or name: "snapchat", "WhatsApp".'),
	})
	.strict()
	.describe(
		'Only figures broken down exactly so (an age band, girls or boys, a platform). Leave out for the whole measure and every breakdown.',
	);

/** `get_figures`: everything held for one area and year. */
export const GetFiguresInput = z.object({
	area: AreaText,
	year: YearText.optional(),
	measure: MeasureText.optional(),
	breakdown: BreakdownInput.optional(),
	...HelpSelectionShape,
});

/** `get_series`: one measure for one area, year by year, optionally over a range of years and for one breakdown. */
export const GetSeriesInput = z.object({
	area: AreaText,
	measure: MeasureText.optional(),
	from: YearText.optional().describe(
		'The first financial year to include, e.g. "2015/16". Leave out for the first held.',
	),
	to: YearText.optional().describe(
		'The last financial year to include, e.g. "2019/20". Leave out for the latest held.',
	),
	breakdown: BreakdownInput.optional(),
	...HelpSelectionShape,
});

/** `compare_areas`: two or more areas side by side for one year and one measure. */
export const CompareAreasInput = z.object({
	areas: z.array(AreaText).min(2).max(10).describe('Two to ten areas to set side by side.'),
	year: YearText.optional(),
	measure: MeasureText.optional(),
	...HelpSelectionShape,
});

/** `get_national`: UK-wide and national figures for one year, for every measure or one. */
export const GetNationalInput = z.object({
	year: YearText.optional(),
	measure: MeasureText.optional(),
	...HelpSelectionShape,
});

/** `search_areas`: areas whose names match, best first. */
export const SearchAreasInput = z.object({
	text: z
		.string()
		.trim()
		.min(1)
		.max(TEXT)
		.describe('A place name, force name or abbreviation: "hants", "Thames Valley", "Dyfed".'),
	limit: z.number().int().min(1).max(50).optional().describe('Most areas to return (default 10).'),
	...HelpSelectionShape,
});

/** `list_sources`: every page the figures are quoted from. */
export const ListSourcesInput = z.object({ ...HelpSelectionShape });

/** `get_help`: the help lines on their own. */
export const GetHelpInput = z.object({ ...HelpSelectionShape });

export type GetFiguresArgs = z.infer<typeof GetFiguresInput>;
export type GetSeriesArgs = z.infer<typeof GetSeriesInput>;
export type CompareAreasArgs = z.infer<typeof CompareAreasInput>;
export type GetNationalArgs = z.infer<typeof GetNationalInput>;
export type SearchAreasArgs = z.infer<typeof SearchAreasInput>;
export type HelpSelectionArgs = z.infer<typeof GetHelpInput>;
