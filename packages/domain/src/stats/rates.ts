import type { Period } from '../period/financial-year.js';

const MINUTES_PER_DAY = 1_440;

/**
 * Percentage change from one count to another, unrounded. `null` when `from` is 0 (no change can be expressed).
 *
 * @example
 * ```ts
 * percentChange(983, 1_066); // 8.44...
 * ```
 */
export function percentChange(from: number, to: number): number | null {
	if (from === 0) return null;
	return ((to - from) / from) * 100;
}

/**
 * Average count per day over the real length of the period (2019/20 has 366 days).
 *
 * @example
 * ```ts
 * perDay(73_518, financialYear(2019)); // 200.86...
 * ```
 */
export function perDay(count: number, period: Period): number {
	return count / period.days;
}

/**
 * Average count per week over the real length of the period.
 *
 * @example
 * ```ts
 * perWeek(1_952, financialYear(2019)); // 37.3...
 * ```
 */
export function perWeek(count: number, period: Period): number {
	return (count / period.days) * 7;
}

/**
 * On average, one every how many minutes over the period. `null` for a count of 0.
 *
 * @example
 * ```ts
 * everyNMinutes(64_667, financialYear(2016)); // 8.12...
 * ```
 */
export function everyNMinutes(count: number, period: Period): number | null {
	if (count === 0) return null;
	return (period.days * MINUTES_PER_DAY) / count;
}

/**
 * A part as a percentage of a whole, unrounded. `null` when the whole is 0.
 *
 * @example
 * ```ts
 * percentOf(167, 639); // 26.13...
 * ```
 */
export function percentOf(part: number, whole: number): number | null {
	if (whole === 0) return null;
	return (part / whole) * 100;
}

/**
 * A part as "one in n" of a whole: n, unrounded. `null` when the part is 0.
 *
 * @example
 * ```ts
 * oneInN(6_519, 43_284); // 6.63... ("one in seven" to the nearest whole number)
 * ```
 */
export function oneInN(part: number, whole: number): number | null {
	if (part === 0) return null;
	return whole / part;
}
