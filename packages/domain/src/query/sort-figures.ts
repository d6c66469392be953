import type { FigureView } from '../answer/figure-view.js';
import type { Dataset } from '../schema/dataset.js';

function breakdownRank(view: FigureView): number {
	const b = view.figure.breakdown;
	if (b === null) return 0;
	if (b.ageBand) return 1;
	if (b.sex) return 2;
	return 3;
}

/**
 * Orders figures for reading: by measure (dataset order), then the headline total, age bands (widest first, so the
 * youngest band is last), sex, then platforms; counts before percentages.
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
		breakdownRank(v),
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
