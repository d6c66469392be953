import { indexDataset } from '../dataset/dataset-index.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { YearId } from '../schema/period-id.js';

/** What is held for one area. */
export interface AreaCoverage {
	readonly area: Area;
	/** Per year, the measures with at least one figure. */
	readonly years: readonly { readonly year: YearId; readonly measures: readonly string[] }[];
	readonly figureCount: number;
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
}

/**
 * Which forces and years hold figures, and for which measures. Forces with no figure are listed too.
 *
 * @example
 * ```ts
 * const coverage = getCoverage(dataset);
 * `${coverage.forcesWithFigures} of ${coverage.forcesTotal} forces`;
 * ```
 */
export function getCoverage(dataset: Dataset): Coverage {
	const index = indexDataset(dataset);
	const forces = dataset.areas
		.filter((a) => a.kind === 'force')
		.map((area) => {
			const figures = index.figuresByArea.get(area.id) ?? [];
			const byYear = new Map<string, Set<string>>();
			for (const f of figures) {
				const set = byYear.get(f.period) ?? new Set<string>();
				set.add(f.measure);
				byYear.set(f.period, set);
			}
			const years = [...byYear.entries()]
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([year, set]) => ({ year, measures: [...set].sort() }));
			return { area, years, figureCount: figures.length };
		});
	return {
		version: dataset.version,
		forces,
		forcesWithFigures: forces.filter((f) => f.figureCount > 0).length,
		forcesTotal: forces.length,
		figureCount: dataset.figures.length,
		sourceCount: dataset.sources.length,
		years: [...new Set(dataset.figures.filter((f) => !f.period.includes('-')).map((f) => f.period))].sort(),
	};
}
