import type { PeriodId, YearId } from '../schema/period-id.js';

/**
 * A figure's period as said in an answer: "2019/20", or a span of years as "2017/18 to 2022/23".
 *
 * @example
 * ```ts
 * periodText('2017/18-2022/23'); // "2017/18 to 2022/23"
 * ```
 */
export function periodText(period: PeriodId): string {
	return period.replace('-', ' to ');
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
export function ownPeriod(period: PeriodId, headingYear: YearId | null): string | undefined {
	return period === headingYear ? undefined : periodText(period);
}

/**
 * What a figure counts, with its own period where that is not the heading's year: "Online element, 2019/20",
 * "Sexual Communication with a Child (2017/18 to 2022/23)", or the label alone under its own year's heading.
 *
 * @example
 * ```ts
 * labelWithPeriod('Online element', '2019/20', '2022/23'); // "Online element, 2019/20"
 * ```
 */
export function labelWithPeriod(label: string, period: PeriodId, headingYear: YearId | null): string {
	const own = ownPeriod(period, headingYear);
	if (!own) return label;
	return period.includes('-') ? `${label} (${own})` : `${label}, ${own}`;
}
