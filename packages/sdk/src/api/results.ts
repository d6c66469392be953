import type {
	AgeBand,
	Area,
	AreaHierarchy,
	AreaMatch,
	Coverage,
	Dataset,
	Measure,
	PersonSpeaking,
	Signposting,
	Source,
	Suggestion,
	YearId,
} from '@signpost-uk/domain';

/**
 * What every result carries: the help lines. No SDK function returns figures, areas or sources without them.
 *
 * @example
 * ```ts
 * function footer(result: WithHelp): string {
 *   return result.help.services.map((s) => `${s.name} ${s.phone}`).join(' · ');
 * }
 * ```
 */
export interface WithHelp {
	/** Childline 0800 1111, the NSPCC Helpline 0808 800 5000 and 999 first, then any topic services. */
	readonly help: Signposting;
}

/**
 * Areas matching a search, best first, or none (the message never repeats the search text); help first, alone, when
 * the text reads as a person speaking.
 *
 * @example
 * ```ts
 * const result: AreaSearchResult = searchAreas('derby');
 * if (result.status === 'found') result.areas.map((m) => m.area.shortName);
 * else console.log(result.message);
 * ```
 */
export type AreaSearchResult =
	| PersonSpeaking
	| (WithHelp & { readonly status: 'found'; readonly areas: readonly AreaMatch[] })
	| (WithHelp & {
			readonly status: 'not-found';
			/** `no-match`: nothing is close; `invalid-query`: the text or options could not be read (see `input`). */
			readonly reason: 'no-match' | 'invalid-query';
			readonly message: string;
			readonly areas: readonly [];
			/** For `invalid-query`, the path of the argument that failed: `text`, `options.limit`. */
			readonly input?: string | undefined;
	  });

/**
 * Every area Signpost knows (forces, nations, regions, groups and the UK), whether or not it holds figures for it.
 *
 * @example
 * ```ts
 * const { areas, help }: AreaList = listAreas();
 * ```
 */
export interface AreaList extends WithHelp {
	readonly status: 'found';
	readonly areas: readonly Area[];
}

/**
 * The financial years held, oldest first. `found` with an empty list means the area or measure is known but has no
 * published figure; `not-found` means the area or measure named is not one Signpost knows.
 *
 * @example
 * ```ts
 * const years: YearsResult = listYears({ area: 'Kent' });
 * if (years.status === 'found' && years.years.length === 0) console.log('No published figure for Kent.');
 * ```
 */
export type YearsResult =
	| PersonSpeaking
	| (WithHelp & { readonly status: 'found'; readonly years: readonly YearId[]; readonly area?: Area | undefined })
	| (WithHelp & {
			readonly status: 'not-found';
			/** `ambiguous-area`: the name means several areas (London, Newport); `suggestions` are the choices. */
			readonly reason: 'invalid-query' | 'unknown-area' | 'ambiguous-area' | 'unknown-measure';
			readonly message: string;
			readonly suggestions: readonly Suggestion[];
			/** The path of the argument that failed: `filter.area`, `options.help.audience`. */
			readonly input?: string | undefined;
	  });

/**
 * Every source figures are quoted from.
 *
 * @example
 * ```ts
 * const { sources }: SourceList = listSources();
 * ```
 */
export interface SourceList extends WithHelp {
	readonly status: 'found';
	readonly sources: readonly Source[];
}

/**
 * Coverage of the dataset (which forces and years hold figures), with the help lines.
 *
 * @example
 * ```ts
 * const coverage: CoverageResult = getCoverage();
 * coverage.forces.filter((f) => f.figureCount === 0).map((f) => f.area.shortName);
 * ```
 */
export type CoverageResult = Coverage & WithHelp;

/**
 * The whole dataset, with the help lines beside it. Passing it to `createSignpost` works: `help` is ignored.
 *
 * @example
 * ```ts
 * const dataset: DatasetResult = getDataset();
 * createSignpost({ dataset });
 * ```
 */
export type DatasetResult = Dataset & WithHelp;

/**
 * Every measure Signpost holds figures for: id, name, short name, kind, definition, caveats and the words people use
 * for it.
 *
 * @example
 * ```ts
 * const { measures }: MeasureList = listMeasures();
 * measures.map((m) => `${m.shortName}: ${m.definition}`);
 * ```
 */
export interface MeasureList extends WithHelp {
	readonly status: 'found';
	readonly measures: readonly Measure[];
}

/**
 * Every age band a figure can be broken down by, as published ("under 13", "aged 12 to 15").
 *
 * @example
 * ```ts
 * const { ageBands }: AgeBandList = listAgeBands();
 * ageBands.map((b) => b.label);
 * ```
 */
export interface AgeBandList extends WithHelp {
	readonly status: 'found';
	readonly ageBands: readonly AgeBand[];
}

/**
 * The area with an ONS code, or `not-found`: `unknown-area` when no area has the code, `invalid-query` when the code
 * or options could not be read (see `input`); help first, alone, when what was given as the code reads as a person
 * speaking.
 *
 * @example
 * ```ts
 * const result: AreaLookupResult = findAreaByOnsCode('E23000018');
 * if (result.status === 'found') result.area.shortName; // "Derbyshire"
 * ```
 */
export type AreaLookupResult =
	| PersonSpeaking
	| (WithHelp & { readonly status: 'found'; readonly area: Area })
	| (WithHelp & {
			readonly status: 'not-found';
			readonly reason: 'unknown-area' | 'invalid-query';
			readonly message: string;
			/** For `invalid-query`, the path of the argument that failed: `code`, `options.help.audience`. */
			readonly input?: string | undefined;
	  });

/**
 * Where an area sits in the force → region → nation hierarchy, or why the area could not be named; help first, alone,
 * when the name reads as a person speaking.
 *
 * @example
 * ```ts
 * const result: AreaHierarchyResult = getAreaHierarchy('Derbyshire');
 * if (result.status === 'found') console.log(result.region?.name, result.nation?.name); // "East Midlands" "England"
 * ```
 */
export type AreaHierarchyResult =
	| PersonSpeaking
	| (WithHelp & AreaHierarchy & { readonly status: 'found' })
	| (WithHelp & {
			readonly status: 'not-found';
			/** `ambiguous-area`: the name means several areas (London, Newport); `suggestions` are the choices. */
			readonly reason: 'invalid-query' | 'unknown-area' | 'ambiguous-area';
			readonly message: string;
			readonly suggestions: readonly Suggestion[];
			/** For `invalid-query`, the path of the argument that failed: `area`, `options.help.audience`. */
			readonly input?: string | undefined;
	  });
