import type {
	AnswerOptions,
	CompareAnswer,
	CompareQuery,
	FiguresAnswer,
	FiguresQuery,
	NationalAnswer,
	NationalQuery,
	SeriesAnswer,
	SeriesQuery,
} from '@signpost-uk/domain';
import type { getHelplines } from '../help/get-helplines.js';
import type {
	AgeBandList,
	AreaHierarchyResult,
	AreaList,
	AreaLookupResult,
	AreaSearchResult,
	CoverageResult,
	DatasetResult,
	MeasureList,
	SourceList,
	YearsResult,
} from './results.js';

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
	/** See the top-level {@link getFigures}. */
	getFigures(query: FiguresQuery, options?: AnswerOptions): FiguresAnswer;
	/** See the top-level {@link getSeries}. */
	getSeries(query: SeriesQuery, options?: AnswerOptions): SeriesAnswer;
	/** See the top-level {@link compareAreas}. */
	compareAreas(query: CompareQuery, options?: AnswerOptions): CompareAnswer;
	/** See the top-level {@link getNational}. */
	getNational(query?: NationalQuery, options?: AnswerOptions): NationalAnswer;
	/** See the top-level {@link searchAreas}. */
	searchAreas(text: string, options?: SearchOptions): AreaSearchResult;
	/** See the top-level {@link listAreas}. */
	listAreas(options?: AnswerOptions): AreaList;
	/** See the top-level {@link findAreaByOnsCode}. */
	findAreaByOnsCode(code: string, options?: AnswerOptions): AreaLookupResult;
	/** See the top-level {@link getAreaHierarchy}. */
	getAreaHierarchy(area: string, options?: AnswerOptions): AreaHierarchyResult;
	/** See the top-level {@link listMeasures}. */
	listMeasures(options?: AnswerOptions): MeasureList;
	/** See the top-level {@link listAgeBands}. */
	listAgeBands(options?: AnswerOptions): AgeBandList;
	/** See the top-level {@link listYears}. */
	listYears(filter?: YearsFilter, options?: AnswerOptions): YearsResult;
	/** See the top-level {@link listSources}. */
	listSources(options?: AnswerOptions): SourceList;
	/** See the top-level {@link getCoverage}. */
	getCoverage(options?: AnswerOptions): CoverageResult;
	/** See the top-level {@link getDataset}. */
	getDataset(options?: AnswerOptions): DatasetResult;
	/** The same as the top-level {@link getHelplines}: help needs no dataset. */
	getHelplines: typeof getHelplines;
}
