import type { AreaYearData, ComputedChange, NotComparedPair } from './answer.js';
import type { FigureView } from './figure-view.js';
import type { MeasureGroup } from './measure-group.js';

/** A measure group's own comparisons with the year before its figures' year. */
export interface GroupComparisons {
	readonly changes: readonly ComputedChange[];
	readonly notCompared: readonly NotComparedPair[];
	readonly disputedPrevious: readonly FigureView[];
}

/**
 * The changes and uncompared previous years that belong with one of an answer's other-measure groups: those of its
 * measure ending in its year, when that is not the answer's year (the answer's own year has its own section).
 *
 * @example
 * ```ts
 * const answer = getFigures(dataset, { area: 'Stoke-on-Trent' });
 * if (answer.status === 'found') {
 *   const [online] = answer.data.otherMeasures;
 *   if (online) groupComparisons(answer.data, online).changes[0]?.from.period; // "2018/19"
 * }
 * ```
 */
export function groupComparisons(d: AreaYearData, group: MeasureGroup): GroupComparisons {
	const ofGroup = (view: FigureView) => view.measure.id === group.measure.id;
	const endsInGroupYear = (view: FigureView) => ofGroup(view) && view.period === group.year;
	const before = Number(group.year.slice(0, 4)) - 1;
	return {
		changes: d.otherChanges.filter((c) => endsInGroupYear(c.to)),
		notCompared: d.otherNotCompared.filter((p) => endsInGroupYear(p.to)),
		disputedPrevious: d.otherDisputedPrevious.filter((v) => ofGroup(v) && Number(v.period.slice(0, 4)) === before),
	};
}
