import type { ComputedChange } from '../answer/answer.js';
import type { FigureView } from '../answer/figure-view.js';
import { percentChange } from '../stats/rates.js';

/**
 * Whether a figure can take part in a computed change: a headline count (no breakdown), stated exactly, not in
 * conflict with another source, not low-confidence, and a police-recorded measure.
 */
function comparable(view: FigureView): boolean {
	const f = view.figure;
	return (
		f.breakdown === null &&
		f.unit === 'count' &&
		f.qualifier === 'exact' &&
		f.confidence !== 'low' &&
		view.conflicts.length === 0 &&
		view.measure.kind === 'recorded-offences'
	);
}

/**
 * The change between two figures of consecutive years, or `null` when the sources do not make them comparable.
 *
 * @example
 * ```ts
 * computeChange(derbyshire2015, derbyshire2016)?.percent; // 8.44...
 * ```
 */
export function computeChange(from: FigureView, to: FigureView): ComputedChange | null {
	if (!comparable(from) || !comparable(to) || from.figure.measure !== to.figure.measure) return null;
	const percent = percentChange(from.figure.value, to.figure.value);
	return percent === null ? null : { from, to, percent, computed: true };
}
