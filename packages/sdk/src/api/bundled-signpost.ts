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
import { bindSignpost, getFiguresIn } from './bind-signpost.js';
import { bundledDataset, figuresDataset } from './bundled-dataset.js';
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
import type { SearchOptions, Signpost, YearsFilter } from './signpost.js';

let bundled: Signpost | undefined;

/**
 * The API over the bundled dataset, bound on first use rather than on import. Internal: the CLI takes it as its
 * default, so its tests can pass a `createSignpost` over a fixture instead.
 *
 * @returns the API the top-level functions call
 * @example
 * ```ts
 * bundledSignpost().getFigures({ area: 'Derbyshire' });
 * ```
 */
export function bundledSignpost(): Signpost {
	bundled ??= bindSignpost(bundledDataset());
	return bundled;
}

/**
 * Everything held for an area and year: figures with their sources and exact quotes, the change from the previous
 * year where both are held and comparable (computed, and labelled so), conflicts between sources, caveats and the
 * help lines. Names and years are forgiving: "derbyshire constabulary", "2016-17". Without a year, the latest year
 * held. When there is no figure the answer is `not-found` with a reason (`unknown-area`, `invalid-year`,
 * `year-outside-dataset`, `no-published-figure`, ...) and suggestions: "no published figure" is a correct answer.
 *
 * A `breakdown` limits the answer to figures broken down exactly so: an age band (id or label from `listAgeBands`), a
 * sex (`girls` or `boys`) or a platform (id or name). One the dataset does not know answers `invalid-query` naming
 * the part (`query.breakdown.sex`); one the area holds no figure for answers `no-published-figure`.
 *
 * @param query - the area (name, alias or id), and optionally a year, a measure (id or name) and a breakdown
 * @param options - `help: { audience, topic }` to choose the help shown
 * @returns a `found` or `not-found` answer, always with `help`
 * @example
 * ```ts
 * import { getFigures } from '@signpost-uk/sdk';
 *
 * const answer = getFigures({ area: 'Derbyshire', year: '2016/17' });
 * if (answer.status === 'found') {
 *   const [first] = answer.data.figures;
 *   console.log(first?.valueText, first?.sources[0]?.quote); // "1,066" and the source's words
 * } else {
 *   console.log(answer.message, answer.suggestions);
 * }
 * answer.help.services[0].phone; // "0800 1111"
 * ```
 * @example
 * A breakdown: offences recorded against girls in Wales (the latest year holding one is 2014/15).
 * ```ts
 * import { getFigures } from '@signpost-uk/sdk';
 *
 * const girls = getFigures({ area: 'Wales', breakdown: { sex: 'girls' } });
 * if (girls.status === 'found') console.log(girls.data.year, girls.data.figures[0]?.valueText); // "2014/15" "1,242"
 * ```
 */
export function getFigures(query: FiguresQuery, options?: AnswerOptions): FiguresAnswer {
	return getFiguresIn(figuresDataset(), query, options);
}

/**
 * A measure's figures for an area, year by year (oldest first), with computed year-on-year changes. Where sources
 * disagree about a year, that year holds every figure given.
 *
 * @param query - the area, and optionally a measure, by id or name (default: child sexual offences recorded), and a
 * range of financial years: `from` and `to`, each optional and inclusive ("2015/16", "year ending March 2017"), and a
 * `breakdown` (age band, sex, platform, read as `getFigures` reads it) for the series of figures broken down exactly
 * so; changes are computed for the whole measure only
 * @param options - `help: { audience, topic }` to choose the help shown
 * @returns a `found` or `not-found` answer, always with `help`
 * @example
 * ```ts
 * import { getSeries } from '@signpost-uk/sdk';
 *
 * const series = getSeries({ area: 'Staffordshire' });
 * if (series.status === 'found') for (const point of series.data.points) console.log(point.year, point.figures.length);
 * ```
 * @example
 * A breakdown: communicating indecently with a child under 13, Police Scotland, from 2017/18.
 * ```ts
 * import { getSeries } from '@signpost-uk/sdk';
 *
 * const under13 = getSeries({
 *   area: 'Police Scotland',
 *   measure: 'communicating-indecently-with-a-child',
 *   from: '2017/18',
 *   breakdown: { ageBand: 'under 13' },
 * });
 * if (under13.status === 'found') under13.data.points.map((p) => p.year); // ["2017/18", "2019/20", "2020/21", "2021/22"]
 * ```
 */
export function getSeries(query: SeriesQuery, options?: AnswerOptions): SeriesAnswer {
	return bundledSignpost().getSeries(query, options);
}

/**
 * Two or more areas side by side for one year (default: the latest year all of them hold) and one measure (default:
 * child sexual offences recorded).
 *
 * @param query - the areas, and optionally a year and a measure (id, name or a word people use: "grooming"); an
 * unknown measure answers `unknown-measure`
 * @param options - `help: { audience, topic }` to choose the help shown
 * @returns a `found` or `not-found` answer, always with `help`
 * @example
 * ```ts
 * import { compareAreas } from '@signpost-uk/sdk';
 *
 * const comparison = compareAreas({ areas: ['Derbyshire', 'Staffordshire'], year: '2016/17' });
 * if (comparison.status === 'found') comparison.data.rows.map((row) => row.area.shortName);
 * ```
 * @example
 * A measure: sexual communication with a child, Derbyshire beside Hampshire.
 * ```ts
 * import { compareAreas } from '@signpost-uk/sdk';
 *
 * const grooming = compareAreas({ areas: ['Derbyshire', 'Hampshire'], measure: 'grooming', year: '2022/23' });
 * if (grooming.status === 'found') grooming.data.rows.map((row) => row.figures[0]?.valueText); // ["285", "279"]
 * ```
 */
export function compareAreas(query: CompareQuery, options?: AnswerOptions): CompareAnswer {
	return bundledSignpost().compareAreas(query, options);
}

/**
 * UK-wide and national figures for a year (default: the latest held), for every measure or one.
 *
 * @param query - optionally a year and a measure (id, name or a word people use); an unknown measure answers
 * `unknown-measure`
 * @param options - `help: { audience, topic }` to choose the help shown
 * @returns a `found` or `not-found` answer, always with `help`
 * @example
 * ```ts
 * import { getNational } from '@signpost-uk/sdk';
 *
 * const national = getNational({ year: '2019/20' });
 * if (national.status === 'found') national.data.figures.map((f) => f.valueText);
 * ```
 * @example
 * A measure: sexual communication with a child in 2019/20, the UK and Northern Ireland.
 * ```ts
 * import { getNational } from '@signpost-uk/sdk';
 *
 * const scwc = getNational({ measure: 'sexual-communication-with-a-child', year: '2019/20' });
 * if (scwc.status === 'found') scwc.data.figures.map((f) => f.valueText); // ["5,954", "184"]
 * ```
 */
export function getNational(query?: NationalQuery, options?: AnswerOptions): NationalAnswer {
	return bundledSignpost().getNational(query, options);
}

/**
 * Areas whose names or aliases match some text, best first, forgiving of typos. `not-found` when nothing is close.
 *
 * @param text - what to search for
 * @param options - `limit` (default 10) and `help` selection
 * @returns matches with scores, always with `help`
 * @example
 * ```ts
 * import { searchAreas } from '@signpost-uk/sdk';
 *
 * const result = searchAreas('derby');
 * if (result.status === 'found') result.areas[0]?.area.name; // "Derbyshire Constabulary"
 * ```
 */
export function searchAreas(text: string, options?: SearchOptions): AreaSearchResult {
	return bundledSignpost().searchAreas(text, options);
}

/**
 * Every area Signpost knows: all territorial police forces (with or without figures), nations, regions, groups and
 * the UK.
 *
 * @param options - `help` selection
 * @returns the areas, always with `help`
 * @example
 * ```ts
 * import { listAreas } from '@signpost-uk/sdk';
 *
 * listAreas().areas.filter((a) => a.kind === 'force').length;
 * ```
 */
export function listAreas(options?: AnswerOptions): AreaList {
	return bundledSignpost().listAreas(options);
}

/**
 * The financial years with figures, oldest first: overall, for an area (name, alias or id), for a measure id, or
 * both. An unknown area or measure is `not-found` with suggestions; a known one with no figure is `found` with no
 * years.
 *
 * @param filter - optionally an area and a measure
 * @param options - `help` selection
 * @returns the years, always with `help`
 * @example
 * ```ts
 * import { listYears } from '@signpost-uk/sdk';
 *
 * const years = listYears({ area: 'Derbyshire' });
 * if (years.status === 'found') years.years.includes('2016/17'); // true
 * ```
 */
export function listYears(filter?: YearsFilter, options?: AnswerOptions): YearsResult {
	return bundledSignpost().listYears(filter, options);
}

/**
 * Every source figures are quoted from: title, publisher, address, publication date and what it reports.
 *
 * @param options - `help` selection
 * @returns the sources, always with `help`
 * @example
 * ```ts
 * import { listSources } from '@signpost-uk/sdk';
 *
 * for (const source of listSources().sources) console.log(source.title, source.url ?? '(no address)');
 * ```
 */
export function listSources(options?: AnswerOptions): SourceList {
	return bundledSignpost().listSources(options);
}

/**
 * Which forces and years hold figures, and for which measures; forces with none are listed so gaps stay visible.
 *
 * @param options - `help` selection
 * @returns the coverage, always with `help`
 * @example
 * ```ts
 * import { getCoverage } from '@signpost-uk/sdk';
 *
 * const coverage = getCoverage();
 * `${coverage.forcesWithFigures} of ${coverage.forcesTotal} forces`;
 * ```
 */
export function getCoverage(options?: AnswerOptions): CoverageResult {
	return bundledSignpost().getCoverage(options);
}

/**
 * The whole bundled dataset as one validated JSON value (areas, measures, age bands, sources, figures, claims,
 * conflicts and its version), with `help` beside it. It is exactly what `createSignpost({ dataset })` accepts.
 *
 * @param options - `help` selection
 * @returns the dataset, with `help`
 * @example
 * ```ts
 * import { getDataset } from '@signpost-uk/sdk';
 *
 * const { version, figures } = getDataset();
 * console.log(version, figures.length);
 * ```
 */
export function getDataset(options?: AnswerOptions): DatasetResult {
	return bundledSignpost().getDataset(options);
}

/**
 * Every measure Signpost holds figures for, with its id, name, short name, kind, definition and caveats. Pass an id
 * or short name as `measure` to `getFigures`, `getSeries` or `listYears`. The list is deeply frozen.
 *
 * @param options - `help` selection (options that cannot be read throw a {@link SignpostInputError})
 * @returns the measures, always with `help`
 * @example
 * ```ts
 * import { listMeasures } from '@signpost-uk/sdk';
 *
 * for (const measure of listMeasures().measures) console.log(measure.id, measure.shortName, measure.kind);
 * ```
 */
export function listMeasures(options?: AnswerOptions): MeasureList {
	return bundledSignpost().listMeasures(options);
}

/**
 * Every age band figures are broken down by, with the label as published and the ages it covers where the source
 * gives them. The list is deeply frozen.
 *
 * @param options - `help` selection (options that cannot be read throw a {@link SignpostInputError})
 * @returns the age bands, always with `help`
 * @example
 * ```ts
 * import { listAgeBands } from '@signpost-uk/sdk';
 *
 * for (const band of listAgeBands().ageBands) console.log(band.id, band.label);
 * ```
 */
export function listAgeBands(options?: AnswerOptions): AgeBandList {
	return bundledSignpost().listAgeBands(options);
}

/**
 * The area with an ONS Police Force Area code ("E23000018" is Derbyshire, "W15000004" Dyfed-Powys), in any case.
 * A code no area has answers `not-found` with reason `unknown-area`; text that is not a code answers `invalid-query`;
 * text that reads as a person speaking answers `help-first`, the help alone, never the words.
 * Scotland and Northern Ireland have no such code: find them by name with `searchAreas`.
 *
 * @param code - an ONS code: a letter and eight digits
 * @param options - `help: { audience, topic }` to choose the help shown
 * @returns a `found`, `not-found` or `help-first` result, always with `help`
 * @example
 * ```ts
 * import { findAreaByOnsCode } from '@signpost-uk/sdk';
 *
 * const result = findAreaByOnsCode('E23000018');
 * if (result.status === 'found') console.log(result.area.name); // "Derbyshire Constabulary"
 * else if (result.status === 'not-found') console.log(result.message);
 * ```
 */
export function findAreaByOnsCode(code: string, options?: AnswerOptions): AreaLookupResult {
	return bundledSignpost().findAreaByOnsCode(code, options);
}

/**
 * The force → region → nation hierarchy around an area: for a force, its English region (if any) and its nation; for
 * a region, nation, group or the UK, the police forces within it. The area is a name, alias, id or ONS code; a name
 * that means several areas answers `ambiguous-area` with the choices.
 *
 * @param area - an area name, alias, id or ONS code
 * @param options - `help: { audience, topic }` to choose the help shown
 * @returns a `found` or `not-found` result, always with `help`
 * @example
 * ```ts
 * import { getAreaHierarchy } from '@signpost-uk/sdk';
 *
 * const force = getAreaHierarchy('Derbyshire');
 * if (force.status === 'found') console.log(force.region?.name, force.nation?.name); // "East Midlands" "England"
 * const wales = getAreaHierarchy('Wales');
 * if (wales.status === 'found') console.log(wales.forces.map((f) => f.shortName)); // the four Welsh forces
 * ```
 */
export function getAreaHierarchy(area: string, options?: AnswerOptions): AreaHierarchyResult {
	return bundledSignpost().getAreaHierarchy(area, options);
}
