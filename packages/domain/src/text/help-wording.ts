import type { ContactChannel, HelpService } from '../signposting/help-service.js';

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
 * A date written "YYYY-MM-DD", "YYYY-MM" or "YYYY" in words: "4 December 2026", "December 2026", "2026".
 *
 * @example
 * ```ts
 * dateInWords('2026-12-04'); // "4 December 2026"
 * dateInWords('2018-03'); // "March 2018"
 * ```
 */
export function dateInWords(date: string): string {
	const [year, month, day] = date.split('-');
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
	if (monthName) return `${monthName} ${year}`;
	return `${year}`;
}

/**
 * A channel's hours with the day they were checked: hours change, so they never travel without it.
 *
 * @example
 * ```ts
 * hoursWithCheck({ kind: 'phone', value: '116 123', hours: '24 hours a day', hoursChecked: '2026-12-04' });
 * // "24 hours a day (hours checked 4 December 2026)"
 * ```
 */
export function hoursWithCheck(channel: ContactChannel): string | undefined {
	if (!channel.hours) return undefined;
	return channel.hoursChecked ? `${channel.hours} (hours checked ${dateInWords(channel.hoursChecked)})` : channel.hours;
}

/**
 * How to reach a service in words, for a help line: its number, "or text" its text number, else its web address.
 * Returns the words and the address to link, if the route is a web one.
 *
 * @example
 * ```ts
 * serviceRoute(MEIC).words; // "080880 23456, or text 84001"
 * serviceRoute(NAPAC).url; // "https://napac.org.uk"
 * ```
 */
export function serviceRoute(service: HelpService): { words: string; url?: string } {
	const text = service.channels.find((c) => c.kind === 'text');
	if (service.phone) return { words: text ? `${service.phone}, or text ${text.value}` : service.phone };
	const first = service.channels[0];
	const url = first?.value ?? service.sourceUrl;
	return /^https?:/.test(url)
		? { words: url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''), url }
		: { words: url };
}
