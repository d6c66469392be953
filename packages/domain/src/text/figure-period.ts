import type { PeriodId, YearId } from '../schema/period-id.js';

/**
 * How a span's first and last years are joined in a language: a wording table's `pages.range` ("2017/18 to
 * 2022/23"; in Welsh "2017/18 i 2022/23").
 */
export type RangeWords = (first: string, last: string) => string;

/** English, the default: the English table's `pages.range` says the same. */
const TO: RangeWords = (first, last) => `${first} to ${last}`;

/**
 * A figure's period as said in an answer: "2019/20", or a span of years as "2017/18 to 2022/23" (in another
 * language, joined by its table's `pages.range`).
 *
 * @example
 * ```ts
 * periodText('2017/18-2022/23'); // "2017/18 to 2022/23"
 * periodText('2017/18-2022/23', WELSH_WORDING.pages.range); // "2017/18 i 2022/23"
 * ```
 */
export function periodText(period: PeriodId, range: RangeWords = TO): string {
	const [first = period, last] = period.split('-');
	return last ? range(first, last) : period;
}

/**
 * The period a figure line must say, given the year of the heading it is shown under: nothing when the figure is
 * for that year, its own year or span otherwise. `null` for a heading with no year (a figure there always says its
 * period). Every renderer asks this, so no figure is shown under another year's heading without its own year.
 *
 * @example
 * ```ts
 * ownPeriod('2019/20', '2022/23'); // "2019/20"
 * ownPeriod('2022/23', '2022/23'); // undefined
 * ownPeriod('2017/18-2022/23', '2022/23'); // "2017/18 to 2022/23"
 * ```
 */
export function ownPeriod(period: PeriodId, headingYear: YearId | null, range?: RangeWords): string | undefined {
	return period === headingYear ? undefined : periodText(period, range);
}

/**
 * What a figure counts, with its own period where that is not the heading's year: "Online element, 2019/20",
 * "Sexual Communication with a Child (2017/18 to 2022/23)", or the label alone under its own year's heading.
 *
 * @example
 * ```ts
 * labelWithPeriod('Online element', '2019/20', '2022/23'); // "Online element, 2019/20"
 * labelWithPeriod('Online element', '2017/18-2022/23', '2022/23', WELSH_WORDING.pages.range); // "Online element (2017/18 i 2022/23)"
 * ```
 */
export function labelWithPeriod(
	label: string,
	period: PeriodId,
	headingYear: YearId | null,
	range?: RangeWords,
): string {
	const own = ownPeriod(period, headingYear, range);
	if (!own) return label;
	return period.includes('-') ? `${label} (${own})` : `${label}, ${own}`;
}
