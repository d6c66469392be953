import type { AnswerOptions } from '@signpost-uk/domain';
import type { getHelplines } from '../help/get-helplines.js';
import type * as topLevel from './bundled-signpost.js';

/**
 * Which years {@link Signpost.listYears} lists: all, or those for an area, a measure, or both.
 *
 * @example
 * ```ts
 * const filter: YearsFilter = { area: 'Derbyshire', measure: 'child-sexual-offences' };
 * listYears(filter);
 * ```
 */
export interface YearsFilter {
	/** An area name, alias or id: "Derbyshire", "derbyshire constabulary". */
	area?: string | undefined;
	/** A measure id or short name. */
	measure?: string | undefined;
}

/**
 * Options for {@link Signpost.searchAreas}.
 *
 * @example
 * ```ts
 * searchAreas('york', { limit: 3, help: { audience: 'child' } });
 * ```
 */
export interface SearchOptions extends AnswerOptions {
	/** Most results to return (default 10). */
	limit?: number | undefined;
}

/**
 * The Signpost API bound to one dataset. Every result carries `help`; answers are unions that narrow on `status`.
 * Get one with `createSignpost({ dataset })`; the functions exported at the top level are this API over the
 * bundled dataset.
 *
 * @example
 * ```ts
 * const signpost: Signpost = createSignpost({ dataset: json });
 * signpost.getFigures({ area: 'Derbyshire' }).help.services[0].phone; // "0800 1111"
 * ```
 */
export interface Signpost {
	// Each method is typed as the top-level function of its name (bundled-signpost.ts), so the two cannot drift apart.
	/** See the top-level {@link getFigures}. */
	getFigures: typeof topLevel.getFigures;
	/** See the top-level {@link getSeries}. */
	getSeries: typeof topLevel.getSeries;
	/** See the top-level {@link compareAreas}. */
	compareAreas: typeof topLevel.compareAreas;
	/** See the top-level {@link getNational}. */
	getNational: typeof topLevel.getNational;
	/** See the top-level {@link searchAreas}. */
	searchAreas: typeof topLevel.searchAreas;
	/** See the top-level {@link listAreas}. */
	listAreas: typeof topLevel.listAreas;
	/** See the top-level {@link findAreaByOnsCode}. */
	findAreaByOnsCode: typeof topLevel.findAreaByOnsCode;
	/** See the top-level {@link getAreaHierarchy}. */
	getAreaHierarchy: typeof topLevel.getAreaHierarchy;
	/** See the top-level {@link listMeasures}. */
	listMeasures: typeof topLevel.listMeasures;
	/** See the top-level {@link listAgeBands}. */
	listAgeBands: typeof topLevel.listAgeBands;
	/** See the top-level {@link listYears}. */
	listYears: typeof topLevel.listYears;
	/** See the top-level {@link listSources}. */
	listSources: typeof topLevel.listSources;
	/** See the top-level {@link getCoverage}. */
	getCoverage: typeof topLevel.getCoverage;
	/** See the top-level {@link getDataset}. */
	getDataset: typeof topLevel.getDataset;
	/** The same as the top-level {@link getHelplines}: help needs no dataset. */
	getHelplines: typeof getHelplines;
}
