import { ANSWER_WORDING } from '../text/wording.js';
import { type FinancialYear, financialYear } from './financial-year.js';
import { parsePeriod, parseYear } from './parse-period.js';

/** What a year as typed means to a query. */
export type YearText =
	/** One financial year ("2022/23", "year ending March 2023", "FY2022/23", "22/23"). */
	| { readonly kind: 'year'; readonly year: FinancialYear }
	/** A span as Signpost prints it ("2017/18-2022/23", "2017/18 to 2022/23"): answered for its last year. */
	| { readonly kind: 'span'; readonly from: FinancialYear; readonly year: FinancialYear }
	/** Nothing, or "latest": the latest year held. */
	| { readonly kind: 'latest' }
	/** A calendar year ("2023"): it touches two financial years, the choices. */
	| { readonly kind: 'ambiguous'; readonly calendarYear: number; readonly choices: readonly FinancialYear[] }
	| { readonly kind: 'invalid' };

const ENDING = /^(?:(?:the )?(?:financial )?year (?:ending|ended|to) |ye |y\/e |fye )(?:31 )?march (\d{4})$/;
/** Words for the latest year held, in English and Welsh ("diweddaraf": latest; "mwyaf diweddar": most recent). */
const LATEST = new Set([
	'',
	'latest',
	'most recent',
	'latest year',
	'most recent year',
	'newest',
	'the latest',
	'diweddaraf',
	'y diweddaraf',
	'mwyaf diweddar',
	'y flwyddyn ddiweddaraf',
]);
/** A month and year ("March 2020", "Jun 2019"): the financial year it falls in, April to March. */
const MONTH_YEAR =
	/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)? (\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The Welsh months, January first, as Welsh sites write a date ("Mawrth 2020", "Ebrill 2019"). */
const WELSH_MONTHS = [
	'ionawr',
	'chwefror',
	'mawrth',
	'ebrill',
	'mai',
	'mehefin',
	'gorffennaf',
	'awst',
	'medi',
	'hydref',
	'tachwedd',
	'rhagfyr',
];
const WELSH_MONTH_YEAR = new RegExp(`^(${WELSH_MONTHS.join('|')}) (\\d{4})$`);
const APRIL_TO_MARCH = /^(?:1 )?april (\d{4}) (?:to|-|–) (?:31 )?march (\d{4})$/;

/**
 * Reads a year as people and the press write it: "2022/23", "2022-23", "22/23", "FY2022/23", "FY 22/23",
 * "financial year 2022", "year ending March 2023" ("y/e March 2023"), "April 2022 to March 2023", a month ("March 2023":
 * the financial year it falls in), a span as Signpost prints it ("2017/18-2022/23", "2017/18 to 2022/23"), "latest"
 * ("newest", "most recent") or nothing. A bare calendar year ("2023") is ambiguous: it touches two financial
 * years, which are the choices.
 *
 * @example
 * ```ts
 * readYearText('year ending March 2023'); // { kind: 'year', year: { id: '2022/23', ... } }
 * readYearText('2023'); // { kind: 'ambiguous', calendarYear: 2023, choices: [2022/23, 2023/24] }
 * readYearText('latest'); // { kind: 'latest' }
 * ```
 */
export function readYearText(input: string | undefined): YearText {
	const text = (input ?? '')
		.slice(0, 60)
		.trim()
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/\.$/, '')
		// "financial year 2022" (Welsh "blwyddyn ariannol 2022") is FY2022: 2022/23.
		.replace(/^(?:financial year|blwyddyn ariannol) (?=\d)/, 'fy ');
	if (LATEST.has(text)) return { kind: 'latest' };
	const year = oneFinancialYear(text);
	if (year) return { kind: 'year', year };
	if (/^\d{4}$/.test(text)) {
		const calendarYear = Number(text);
		if (calendarYear >= 1991 && calendarYear <= 2100)
			return {
				kind: 'ambiguous',
				calendarYear,
				choices: [financialYear(calendarYear - 1), financialYear(calendarYear)],
			};
	}
	const period = parsePeriod(text);
	if (period && period.kind === 'span') return { kind: 'span', from: period.from, year: period.to };
	return { kind: 'invalid' };
}

/** The one financial year a folded text names, in any of the ways {@link readYearText} reads, or null. */
function oneFinancialYear(text: string): FinancialYear | null {
	const fy = /^fy ?(.+)$/.exec(text);
	const direct = parseYear(text) ?? (fy?.[1] ? parseYear(fy[1]) : null);
	if (direct) return direct;
	const ending = ENDING.exec(text);
	if (ending?.[1]) return financialYear(Number(ending[1]) - 1);
	const months = APRIL_TO_MARCH.exec(text);
	if (months?.[1] && months[2] && Number(months[2]) === Number(months[1]) + 1) return financialYear(Number(months[1]));
	const english = MONTH_YEAR.exec(text);
	const welsh = WELSH_MONTH_YEAR.exec(text);
	const monthIndex = english?.[1] ? MONTHS.indexOf(english[1]) : welsh?.[1] ? WELSH_MONTHS.indexOf(welsh[1]) : -1;
	const calendarYear = Number(english?.[2] ?? welsh?.[2]);
	if (monthIndex < 0 || !calendarYear) return null;
	// January to March close the financial year that began the April before.
	return financialYear(monthIndex < 3 ? calendarYear - 1 : calendarYear);
}

/**
 * The sentence for a calendar year typed where a financial year is meant: "2023 touches two financial years: 2022/23
 * (April 2022 to March 2023) and 2023/24 (April 2023 to March 2024). Choose one." Given the years held for what was
 * asked, it says which of the two hold figures where not both do ("Figures are held for 2019/20 only.").
 *
 * @example
 * ```ts
 * const reading = readYearText('2023');
 * if (reading.kind === 'ambiguous') calendarYearMessage(reading);
 * if (reading.kind === 'ambiguous') calendarYearMessage(reading, ['2022/23']); // "… Figures are held for 2022/23 only."
 * ```
 */
export function calendarYearMessage(
	reading: Extract<YearText, { kind: 'ambiguous' }>,
	held: readonly string[] = reading.choices.map((y) => y.id),
): string {
	return ANSWER_WORDING.calendarYear(reading.calendarYear, reading.choices, held);
}
