import {
	compareAreas,
	findAreaByOnsCode,
	getAreaHierarchy,
	getFigures,
	getNational,
	getSeries,
	listYears,
	searchAreas,
} from '../../index.js';

/** One SDK call given text at one of its arguments: the function, the input path its text arrives at, the call. */
export interface TextCall {
	readonly fn: string;
	/** The path a help-first or invalid-query answer names: `area`, `areas.1`, `breakdown.sex`, `text`. */
	readonly input: string;
	readonly call: (text: string) => unknown;
}

const kent = 'Kent';

/**
 * Every text argument of every SDK function, once: what the person check, the privacy tests and any other test of
 * "anything typed" run through, so a new argument is added in one place and every such test covers it.
 */
export const TEXT_CALLS: readonly TextCall[] = [
	{ fn: 'getFigures', input: 'area', call: (text) => getFigures({ area: text }) },
	{ fn: 'getFigures', input: 'year', call: (text) => getFigures({ area: kent, year: text }) },
	{ fn: 'getFigures', input: 'measure', call: (text) => getFigures({ area: kent, measure: text }) },
	{
		fn: 'getFigures',
		input: 'breakdown.ageBand',
		call: (text) => getFigures({ area: kent, breakdown: { ageBand: text } }),
	},
	{
		fn: 'getFigures',
		input: 'breakdown.sex',
		call: (text) => getFigures({ area: kent, breakdown: { sex: text as 'girls' } }),
	},
	{
		fn: 'getFigures',
		input: 'breakdown.platform',
		call: (text) => getFigures({ area: kent, breakdown: { platform: text } }),
	},
	{ fn: 'getSeries', input: 'area', call: (text) => getSeries({ area: text }) },
	{ fn: 'getSeries', input: 'measure', call: (text) => getSeries({ area: kent, measure: text }) },
	{ fn: 'getSeries', input: 'from', call: (text) => getSeries({ area: kent, from: text }) },
	{ fn: 'getSeries', input: 'to', call: (text) => getSeries({ area: kent, to: text }) },
	{
		fn: 'getSeries',
		input: 'breakdown.platform',
		call: (text) => getSeries({ area: kent, breakdown: { platform: text } }),
	},
	{ fn: 'compareAreas', input: 'areas.0', call: (text) => compareAreas({ areas: [text, kent] }) },
	{ fn: 'compareAreas', input: 'areas.1', call: (text) => compareAreas({ areas: [kent, text] }) },
	{ fn: 'compareAreas', input: 'year', call: (text) => compareAreas({ areas: [kent, 'Essex'], year: text }) },
	{ fn: 'compareAreas', input: 'measure', call: (text) => compareAreas({ areas: [kent, 'Essex'], measure: text }) },
	{ fn: 'getNational', input: 'year', call: (text) => getNational({ year: text }) },
	{ fn: 'getNational', input: 'measure', call: (text) => getNational({ measure: text }) },
	{ fn: 'searchAreas', input: 'text', call: (text) => searchAreas(text) },
	{ fn: 'findAreaByOnsCode', input: 'code', call: (text) => findAreaByOnsCode(text) },
	{ fn: 'getAreaHierarchy', input: 'area', call: (text) => getAreaHierarchy(text) },
	{ fn: 'listYears', input: 'filter.area', call: (text) => listYears({ area: text }) },
	{ fn: 'listYears', input: 'filter.measure', call: (text) => listYears({ measure: text }) },
	// From plain JavaScript, anything may arrive where the help options take a name of the help wanted.
	{
		fn: 'getFigures',
		input: 'options.help.topic',
		call: (text) => getFigures({ area: kent }, { help: { topic: text } } as never),
	},
	{
		fn: 'searchAreas',
		input: 'options.help.audience',
		call: (text) => searchAreas(kent, { help: { audience: text } } as never),
	},
];
