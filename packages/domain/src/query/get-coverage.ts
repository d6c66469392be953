import { indexDataset } from '../dataset/dataset-index.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { PeriodId, YearId } from '../schema/period-id.js';
import type { Release } from '../schema/release.js';

/** What is held for one area. */
export interface AreaCoverage {
	readonly area: Area;
	/** Per year, the measures with at least one figure. */
	readonly years: readonly { readonly year: YearId; readonly measures: readonly string[] }[];
	readonly figureCount: number;
}

/** What the dataset holds from one release's stored reports. */
export interface ReleaseCoverage {
	readonly release: Release;
	/** Sources that point at the release. */
	readonly sourceCount: number;
	/** Figures with at least one of those sources. */
	readonly figureCount: number;
	/** Forces with a figure of their own from the release's reports, in registry order. */
	readonly forcesNamed: readonly Area[];
	/** Forces the reports name only as members of a group total (North, South and West Yorkshire), not in `forcesNamed`. */
	readonly forcesInGroups: readonly Area[];
	/** Per year or span held from the release, the measures with at least one figure, oldest first. */
	readonly years: readonly { readonly year: PeriodId; readonly measures: readonly string[] }[];
}

/** Coverage of the dataset: which forces and years have figures, so gaps are visible. */
export interface Coverage {
	readonly version: string;
	readonly forces: readonly AreaCoverage[];
	readonly forcesWithFigures: number;
	readonly forcesTotal: number;
	readonly figureCount: number;
	readonly sourceCount: number;
	/** Financial years with any figure, oldest first. */
	readonly years: readonly YearId[];
	/** Per release (oldest first; undated releases last), which forces its reports name and which years and measures are held. */
	readonly releases: readonly ReleaseCoverage[];
}

function yearsAndMeasures(figures: readonly { period: PeriodId; measure: string }[]) {
	const byYear = new Map<PeriodId, Set<string>>();
	for (const f of figures) {
		const set = byYear.get(f.period) ?? new Set<string>();
		set.add(f.measure);
		byYear.set(f.period, set);
	}
	return [...byYear.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([year, set]) => ({ year, measures: [...set].sort() }));
}

function releaseCoverage(dataset: Dataset): ReleaseCoverage[] {
	const sourceRelease = new Map(dataset.sources.map((s) => [s.id, s.release]));
	const areas = new Map(dataset.areas.map((a) => [a.id, a]));
	const forceOrder = dataset.areas.filter((a) => a.kind === 'force');
	return dataset.releases
		.map((release) => {
			const figures = dataset.figures.filter((f) => f.sources.some((s) => sourceRelease.get(s.source) === release.id));
			const own = new Set(figures.map((f) => f.area));
			const grouped = new Set(figures.flatMap((f) => areas.get(f.area)?.members ?? []));
			return {
				release,
				sourceCount: dataset.sources.filter((s) => s.release === release.id).length,
				figureCount: figures.length,
				forcesNamed: forceOrder.filter((a) => own.has(a.id)),
				forcesInGroups: forceOrder.filter((a) => grouped.has(a.id) && !own.has(a.id)),
				years: yearsAndMeasures(figures),
			};
		})
		.sort((a, b) => (a.release.month ?? '9999').localeCompare(b.release.month ?? '9999'));
}

/**
 * Which forces and years hold figures, and for which measures. Forces with no figure are listed too. Per release,
 * which forces its stored reports name and which years and measures the dataset holds from it.
 *
 * @example
 * ```ts
 * const coverage = getCoverage(dataset);
 * `${coverage.forcesWithFigures} of ${coverage.forcesTotal} forces`;
 * coverage.releases.find((r) => r.release.id === 'nspcc-2020-08')?.forcesNamed.length;
 * ```
 */
export function getCoverage(dataset: Dataset): Coverage {
	const index = indexDataset(dataset);
	const forces = dataset.areas
		.filter((a) => a.kind === 'force')
		.map((area) => {
			const figures = index.figuresByArea.get(area.id) ?? [];
			return { area, years: yearsAndMeasures(figures), figureCount: figures.length };
		});
	return {
		version: dataset.version,
		forces,
		forcesWithFigures: forces.filter((f) => f.figureCount > 0).length,
		forcesTotal: forces.length,
		figureCount: dataset.figures.length,
		sourceCount: dataset.sources.length,
		years: [...new Set(dataset.figures.filter((f) => !f.period.includes('-')).map((f) => f.period))].sort(),
		releases: releaseCoverage(dataset),
	};
}
