import type { Area, AreaMatch, Coverage, Dataset, Signposting, Source, Suggestion, YearId } from '@signpost-uk/domain';

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
 * Areas matching a search, best first, or none (the message never repeats the search text).
 *
 * @example
 * ```ts
 * const result: AreaSearchResult = searchAreas('derby');
 * if (result.status === 'found') result.areas.map((m) => m.area.shortName);
 * else console.log(result.message);
 * ```
 */
export type AreaSearchResult =
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
	| (WithHelp & { readonly status: 'found'; readonly years: readonly YearId[]; readonly area?: Area | undefined })
	| (WithHelp & {
			readonly status: 'not-found';
			readonly reason: 'invalid-query' | 'unknown-area' | 'unknown-measure';
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
