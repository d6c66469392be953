import type { Published } from '@signpost-uk/domain';

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
 * A source's publication date in words, saying so when the page shows none.
 *
 * @example
 * ```ts
 * publishedText('2018-03-14'); // "14 March 2018"
 * publishedText('not-shown'); // "date not shown on the page"
 * ```
 */
export function publishedText(published: Published): string {
	if (published === 'not-shown') return 'date not shown on the page';
	const [year, month, day] = published.split('-');
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
	if (monthName) return `${monthName} ${year}`;
	return `${year}`;
}
