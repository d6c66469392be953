import type { Nation } from '../schema/area.js';
import type { Measure } from '../schema/measure.js';
import type { MeasureInForce } from '../schema/measure-in-force.js';
import type { YearId } from '../schema/period-id.js';

/**
 * The financial year (April to March) a date falls in: "2017-04-03" is in 2017/18, "2017-02" in 2016/17.
 *
 * @param date - "YYYY-MM-DD" or "YYYY-MM"
 * @example
 * ```ts
 * financialYearOfDate('2017-04-03'); // "2017/18"
 * financialYearOfDate('2017-02'); // "2016/17"
 * ```
 */
export function financialYearOfDate(date: string): YearId {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	const start = month >= 4 ? year : year - 1;
	return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * When a measure's offence came into force for figures covering `nations`: the earliest of its dates for any of
 * those nations (a UK figure counts Northern Ireland's February 2017 as well as England and Wales's April 2017), or
 * `undefined` where no date applies (Police Scotland and Sexual Communication with a Child, offences older than the
 * dataset).
 *
 * @example
 * ```ts
 * inForceFor(scwc, ['england'])?.from; // "2017-04-03"
 * inForceFor(scwc, ['scotland']); // undefined
 * ```
 */
export function inForceFor(measure: Pick<Measure, 'inForce'>, nations: readonly Nation[]): MeasureInForce | undefined {
	return measure.inForce
		.filter((entry) => entry.nations.some((n) => nations.includes(n)))
		.sort((a, b) => a.from.localeCompare(b.from))[0];
}

/**
 * The first financial year a measure's offence existed for figures covering `nations`, or `undefined` where no date
 * applies ({@link inForceFor}).
 *
 * @example
 * ```ts
 * inForceYear(scwc, ['wales']); // "2017/18"
 * inForceYear(scwc, ['northern-ireland']); // "2016/17"
 * ```
 */
export function inForceYear(measure: Pick<Measure, 'inForce'>, nations: readonly Nation[]): YearId | undefined {
	const entry = inForceFor(measure, nations);
	return entry && financialYearOfDate(entry.from);
}
