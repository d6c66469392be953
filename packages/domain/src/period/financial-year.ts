import { addYears, differenceInCalendarDays, subDays } from 'date-fns';
import type { PeriodId, YearId } from '../schema/period-id.js';

/** A UK financial year, April to March. */
export interface FinancialYear {
	readonly kind: 'year';
	/** "2016/17" */
	readonly id: YearId;
	/** The calendar year it starts in: 2016 for 2016/17. */
	readonly startYear: number;
	/** 1 April of the start year (UTC midnight). */
	readonly start: Date;
	/** 31 March of the following year. */
	readonly end: Date;
	/** Days in the year, counted from the calendar: 366 for 2019/20. */
	readonly days: number;
}

/** A span of consecutive financial years, "2017/18-2022/23". */
export interface YearSpan {
	readonly kind: 'span';
	readonly id: PeriodId;
	readonly from: FinancialYear;
	readonly to: FinancialYear;
	/** Number of financial years in the span: 6 for 2017/18-2022/23. */
	readonly years: number;
	readonly start: Date;
	readonly end: Date;
	readonly days: number;
}

/** A period a figure covers. */
export type Period = FinancialYear | YearSpan;

/**
 * The financial year starting in April of `startYear`.
 *
 * @example
 * ```ts
 * financialYear(2019).days; // 366
 * financialYear(2016).id; // "2016/17"
 * ```
 */
export function financialYear(startYear: number): FinancialYear {
	const cached = years.get(startYear);
	if (cached) return cached;
	const year = computeYear(startYear);
	// Cached for the years people ask about, so the cache stays small whatever is passed in.
	if (Number.isInteger(startYear) && startYear >= 1_900 && startYear <= 2_200) years.set(startYear, year);
	return year;
}

const years = new Map<number, FinancialYear>();

function computeYear(startYear: number): FinancialYear {
	const start = new Date(Date.UTC(startYear, 3, 1));
	const end = subDays(addYears(start, 1), 1);
	const id = `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
	return { kind: 'year', id, startYear, start, end, days: differenceInCalendarDays(end, start) + 1 };
}

/**
 * The span from one financial year to another, inclusive.
 *
 * @example
 * ```ts
 * yearSpan(2017, 2022).id; // "2017/18-2022/23"
 * yearSpan(2017, 2022).years; // 6
 * ```
 */
export function yearSpan(fromStartYear: number, toStartYear: number): YearSpan {
	if (toStartYear <= fromStartYear) throw new RangeError('a span must run forward over at least two years');
	const from = financialYear(fromStartYear);
	const to = financialYear(toStartYear);
	return {
		kind: 'span',
		id: `${from.id}-${to.id}`,
		from,
		to,
		years: toStartYear - fromStartYear + 1,
		start: from.start,
		end: to.end,
		days: differenceInCalendarDays(to.end, from.start) + 1,
	};
}
