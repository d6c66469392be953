import { indexDataset } from '../dataset/dataset-index.js';
import type { Dataset } from '../schema/dataset.js';
import type { YearId } from '../schema/period-id.js';

/** Filters for {@link yearsHeld}. */
export interface YearsHeldFilter {
	/** An area id. */
	area?: string | undefined;
	/** A measure id. */
	measure?: string | undefined;
}

/**
 * The financial years with at least one figure, oldest first, optionally for one area and measure. Spans of years
 * are not counted as years.
 *
 * @example
 * ```ts
 * yearsHeld(dataset, { area: 'derbyshire' }); // ["2014/15", "2015/16", ...]
 * ```
 */
export function yearsHeld(dataset: Dataset, filter: YearsHeldFilter = {}): YearId[] {
	const figures = filter.area ? (indexDataset(dataset).figuresByArea.get(filter.area) ?? []) : dataset.figures;
	const years = new Set<YearId>();
	for (const figure of figures) {
		if (figure.period.includes('-')) continue;
		if (filter.measure && figure.measure !== filter.measure) continue;
		years.add(figure.period);
	}
	return [...years].sort();
}
