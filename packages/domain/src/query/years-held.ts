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
 * The financial years with at least one figure, oldest first, optionally for one area and measure. A figure for a
 * span of years counts in its end year, where a figures answer shows it.
 *
 * @example
 * ```ts
 * yearsHeld(dataset, { area: 'derbyshire' }); // ["2014/15", "2015/16", ...]
 * ```
 */
export function yearsHeld(dataset: Dataset, filter: YearsHeldFilter = {}): YearId[] {
	const index = indexDataset(dataset);
	// Cached only for filters naming a real area and measure, so the cache is bounded by the registries.
	const cacheable =
		(!filter.area || index.areas.has(filter.area)) && (!filter.measure || index.measures.has(filter.measure));
	const key = `${filter.area ?? ''}|${filter.measure ?? ''}`;
	let perDataset = cache.get(dataset);
	const cached = cacheable ? perDataset?.get(key) : undefined;
	if (cached) return [...cached];
	const years = collect(dataset, filter);
	if (cacheable) {
		if (!perDataset) {
			perDataset = new Map();
			cache.set(dataset, perDataset);
		}
		perDataset.set(key, years);
	}
	return [...years];
}

const cache = new WeakMap<Dataset, Map<string, readonly YearId[]>>();

function collect(dataset: Dataset, filter: YearsHeldFilter): YearId[] {
	const figures = filter.area ? (indexDataset(dataset).figuresByArea.get(filter.area) ?? []) : dataset.figures;
	const years = new Set<YearId>();
	for (const figure of figures) {
		if (filter.measure && figure.measure !== filter.measure) continue;
		// A span ("2017/18-2022/23") is held in its end year, where figures answers show it.
		const dash = figure.period.indexOf('-');
		years.add(dash === -1 ? figure.period : figure.period.slice(dash + 1));
	}
	return [...years].sort();
}
