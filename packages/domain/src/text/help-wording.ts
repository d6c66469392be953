import type { ContactChannel, HelpService } from '../signposting/help-service.js';
import type { Locale } from './locale.js';
import { WELSH_HELP_WORDING, WELSH_SERVICES } from './welsh-wording.js';
import { HELP_WORDING, type Translated } from './wording.js';

/**
 * The words of the help lines in a locale: `HELP_WORDING`, or `WELSH_HELP_WORDING` for `cy` (only these, so the help
 * lines never carry the rest of either table).
 *
 * @example
 * ```ts
 * helpWording('cy').help.childlineShort; // "plant a phobl ifanc"
 * ```
 */
export function helpWording(locale: Locale | undefined): Translated<typeof HELP_WORDING> {
	return locale === 'cy' ? WELSH_HELP_WORDING : HELP_WORDING;
}

/**
 * A date written "YYYY-MM-DD", "YYYY-MM" or "YYYY" in words: "4 December 2026", "December 2026", "2026"; in Welsh
 * with `locale: 'cy'` ("4 Rhagfyr 2026").
 *
 * @example
 * ```ts
 * dateInWords('2026-12-04'); // "4 December 2026"
 * dateInWords('2018-03'); // "March 2018"
 * dateInWords('2026-12-04', 'cy'); // "4 Rhagfyr 2026"
 * ```
 */
export function dateInWords(date: string, locale: Locale = 'en'): string {
	const [year, month, day] = date.split('-');
	const monthName = month ? helpWording(locale).months[Number(month) - 1] : undefined;
	if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
	if (monthName) return `${monthName} ${year}`;
	return `${year}`;
}

/**
 * A channel's hours with the day they were checked: hours change, so they never travel without it. In Welsh with
 * `locale: 'cy'` (hours the Welsh table does not hold are shown as published).
 *
 * @example
 * ```ts
 * hoursWithCheck({ kind: 'phone', value: '116 123', hours: '24 hours a day', hoursChecked: '2026-12-04' });
 * // "24 hours a day (hours checked 4 December 2026)"
 * ```
 */
export function hoursWithCheck(channel: ContactChannel, locale: Locale = 'en'): string | undefined {
	if (!channel.hours) return undefined;
	const hours = serviceHours(channel.hours, locale);
	return channel.hoursChecked
		? helpWording(locale).help.hoursChecked(hours, dateInWords(channel.hoursChecked, locale))
		: hours;
}

/**
 * How to reach a service in words, for a help line: its number, "or text" its text number, else its web address.
 * Returns the words and the address to link, if the route is a web one.
 *
 * @example
 * ```ts
 * serviceRoute(MEIC).words; // "080880 23456, or text 84001"
 * serviceRoute(MEIC, 'cy').words; // "080880 23456, neu gyrru neges testun ar 84001"
 * serviceRoute(NAPAC).url; // "https://napac.org.uk"
 * ```
 */
export function serviceRoute(service: HelpService, locale: Locale = 'en'): { words: string; url?: string } {
	const text = service.channels.find((c) => c.kind === 'text');
	if (service.phone)
		return { words: text ? helpWording(locale).help.orText(service.phone, text.value) : service.phone };
	const first = service.channels[0];
	const url = first?.value ?? service.sourceUrl;
	return /^https?:/.test(url)
		? { words: url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''), url }
		: { words: url };
}

/**
 * A service's name and summary in a locale: the registry's, or in Welsh from `WELSH_SERVICES` (a name without a
 * Welsh form stays as it is).
 *
 * @example
 * ```ts
 * serviceWords(NSPCC_HELPLINE, 'cy').name; // "Llinell Gymorth yr NSPCC"
 * serviceWords(MEIC).summary; // "Free, confidential help for children and young people up to 25 in Wales, …"
 * ```
 */
export function serviceWords(service: HelpService, locale: Locale = 'en'): { name: string; summary: string } {
	if (locale !== 'cy') return { name: service.name, summary: service.summary };
	return {
		name: WELSH_SERVICES.names[service.id] ?? service.name,
		summary: WELSH_SERVICES.summaries[service.id] ?? service.summary,
	};
}

/**
 * Hours as the registry publishes them, or in Welsh with `locale: 'cy'` (as published where the Welsh table has none).
 *
 * @example
 * ```ts
 * serviceHours('24 hours a day', 'cy'); // "unrhyw bryd, ddydd neu nos"
 * ```
 */
export function serviceHours(hours: string, locale: Locale = 'en'): string {
	return locale === 'cy' ? (WELSH_SERVICES.hours[hours] ?? hours) : hours;
}
