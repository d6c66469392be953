import { type Published, WORDING } from '@signpost-uk/domain';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/**
 * A source's publication date in words ("14 March 2018"), or the domain's words when the page shows none (as the bot
 * and the SDK say it).
 *
 * @example
 * ```ts
 * publishedDate('2018-03-14'); // "14 March 2018"
 * publishedDate('not-shown'); // "date not shown"
 * ```
 */
export function publishedDate(published: Published): string {
	if (published === 'not-shown') return WORDING.dateNotShown;
	const [year, month, day] = published.split('-');
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
	if (monthName) return `${monthName} ${year}`;
	return `${year}`;
}
