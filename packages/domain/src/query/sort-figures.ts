import type { FigureView } from '../answer/figure-view.js';
import type { Dataset } from '../schema/dataset.js';

/**
 * Orders figures for reading: by measure (dataset order), headline before breakdowns, wider age bands first.
 *
 * @example
 * ```ts
 * sortFigureViews(dataset, views)[0]?.figure.breakdown; // null
 * ```
 */
export function sortFigureViews(dataset: Dataset, views: readonly FigureView[]): FigureView[] {
	const measureOrder = new Map(dataset.measures.map((m, i) => [m.id, i]));
	const rank = (v: FigureView) => [
		measureOrder.get(v.figure.measure) ?? 99,
		v.figure.breakdown === null ? 0 : 1,
		-(v.ageBand?.upTo ?? 99),
		v.figure.unit === 'count' ? 0 : 1,
	];
	return [...views].sort((a, b) => {
		const ra = rank(a);
		const rb = rank(b);
		for (let i = 0; i < ra.length; i++) {
			const d = (ra[i] ?? 0) - (rb[i] ?? 0);
			if (d !== 0) return d;
		}
		return a.figure.id.localeCompare(b.figure.id);
	});
}
