import { type FinancialYear, financialYear, type Period, yearSpan } from './financial-year.js';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function expandYear(text: string, reference?: number): number | null {
	if (text.length === 4) return Number(text);
	if (text.length !== 2) return null;
	const two = Number(text);
	if (reference !== undefined) return reference - (reference % 100) + two + (two < reference % 100 ? 100 : 0);
	return 2000 + two;
}

/**
 * Reads a financial year as people write it: "2016/17", "2016-17", "2016/2017", "16/17", "FY2016", "FY16",
 * "2016 to 2017". Returns `null` for anything else, including a pair that is not consecutive ("2016/18").
 *
 * @example
 * ```ts
 * parseYear('2016-17')?.id; // "2016/17"
 * parseYear('FY2016')?.id; // "2016/17"
 * parseYear('2016/18'); // null
 * ```
 */
export function parseYear(input: string): FinancialYear | null {
	const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
	let start: number | null = null;
	const fy = /^fy ?(\d{4}|\d{2})$/.exec(text);
	const pair = /^(\d{4}|\d{2}) ?(?:\/|-|–|to) ?(\d{4}|\d{2})$/.exec(text);
	if (fy?.[1]) {
		start = expandYear(fy[1]);
	} else if (pair?.[1] && pair[2]) {
		const first = expandYear(pair[1]);
		if (first === null) return null;
		const second = expandYear(pair[2], first);
		if (second !== first + 1) return null;
		start = first;
	}
	if (start === null || start < MIN_YEAR || start > MAX_YEAR) return null;
	return financialYear(start);
}

/**
 * Reads a financial year or a span of financial years ("2017/18-2022/23", "2017/18 to 2022/23").
 *
 * @example
 * ```ts
 * parsePeriod('2017/18 to 2022/23')?.id; // "2017/18-2022/23"
 * parsePeriod('16/17')?.id; // "2016/17"
 * ```
 */
export function parsePeriod(input: string): Period | null {
	const single = parseYear(input);
	if (single) return single;
	// Try each "to", dash or hyphen as the divider: "2017-18-2022-23" has three hyphens and only one divides it.
	const text = input.slice(0, 100);
	for (const divider of text.matchAll(/\s*(?:\bto\b|–|-)\s*/gi)) {
		const at = divider.index;
		const from = parseYear(text.slice(0, at));
		const to = from ? parseYear(text.slice(at + divider[0].length)) : null;
		if (from && to && to.startYear > from.startYear) return yearSpan(from.startYear, to.startYear);
	}
	return null;
}
