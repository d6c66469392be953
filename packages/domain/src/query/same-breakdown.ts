import type { Breakdown } from '../schema/breakdown.js';

/** A breakdown to filter figures by: an age band id, a sex and a platform id, at least one of them. */
export type BreakdownFilter = NonNullable<Breakdown>;

/**
 * Whether a figure's breakdown is exactly the one wanted: the same age band, sex and platform, none more and none
 * fewer (so "girls" does not take in "girls aged 12 to 15", which counts something else). `null` is the whole measure.
 *
 * @param breakdown - the figure's breakdown
 * @param wanted - the breakdown asked for, or `null` for the whole measure
 * @returns whether they are the same
 * @example
 * ```ts
 * sameBreakdown({ sex: 'girls' }, { sex: 'girls' }); // true
 * sameBreakdown({ ageBand: 'twelve-to-fifteen', sex: 'girls' }, { sex: 'girls' }); // false
 * sameBreakdown(null, null); // true
 * ```
 */
export function sameBreakdown(breakdown: Breakdown, wanted: Breakdown): boolean {
	if (breakdown === null || wanted === null) return breakdown === wanted;
	return breakdown.ageBand === wanted.ageBand && breakdown.sex === wanted.sex && breakdown.platform === wanted.platform;
}
