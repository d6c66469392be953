/**
 * Whether text is a real calendar date written "YYYY-MM-DD", or a real month "YYYY-MM", or a year "YYYY": the
 * shape alone lets through "2018-02-31" and "2018-13".
 *
 * @param text - the date as written
 * @returns true when the date exists
 * @example
 * ```ts
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2018-02-31'); // false
 * isCalendarDate('2018-13'); // false
 * ```
 */
export function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
	if (!match) return false;
	const year = Number(match[1]);
	if (match[2] === undefined) return true;
	const month = Number(match[2]);
	if (month < 1 || month > 12) return false;
	if (match[3] === undefined) return true;
	const day = Number(match[3]);
	// Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day >= 1 && day <= lastDay;
}
