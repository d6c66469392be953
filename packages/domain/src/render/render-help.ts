import type { Signposting } from '../signposting/signposting.js';
import { helpWording, hoursWithCheck, serviceHours, serviceRoute, serviceWords } from '../text/help-wording.js';
import type { Locale } from '../text/locale.js';
import { type RenderStyle, TEXT_STYLE } from './render-style.js';

/**
 * The help lines as list lines: Childline, the NSPCC Helpline and 999 first, then any topic services, each with its
 * summary, how to reach it and its hours with the day they were checked; in Welsh with `locale: 'cy'` (the same
 * numbers and addresses, Signpost's words and the services' summaries and hours in Welsh).
 *
 * @example
 * ```ts
 * helpLines(selectHelp()).join('\n');
 * // - Childline: 0800 1111 (children and young people up to 19; free, confidential, 24 hours a day) ...
 * helpLines(selectHelp(), TEXT_STYLE, 'cy')[0]; // "- Childline: 0800 1111: plant a phobl ifanc hyd at 19 oed, ..."
 * ```
 */
export function helpLines(help: Signposting, style: RenderStyle = TEXT_STYLE, locale: Locale = 'en'): string[] {
	const say = helpWording(locale);
	const [childline, nspcc, emergency, ...others] = help.services;
	// Hours, addresses and numbers are read from the help-service registry, never retyped here.
	const [childlinePhone, childlineWeb] = childline.channels;
	const [nspccPhone, nspccEmail] = nspcc.channels;
	const site = childlineWeb.value.replace(/^https:\/\/(www\.)?/, '');
	const hours = (text: string) => serviceHours(text, locale);
	const lines = [
		`${style.bold(`${childline.name}: ${childline.phone}`)}: ${say.help.childline}, ${hours(childlinePhone.hours)}, ${say.or} ${style.link(site, childlineWeb.value)}`,
		`${style.bold(`${serviceWords(nspcc, locale).name}: ${nspcc.phone}`)}: ${say.help.nspcc} (${hours(nspccPhone.hours)}), ${say.or} ${say.help.email(nspccEmail.value, hours(nspccEmail.hours))}`,
		`${style.bold(`${emergency.phone}`)}: ${say.help.emergency(emergency.phone)}`,
		...others.map((s) => {
			const route = serviceRoute(s, locale);
			const reach = route.url ? style.link(route.words, route.url) : style.bold(route.words);
			const checked = s.channels.map((c) => hoursWithCheck(c, locale)).find((h) => h !== undefined);
			const { name, summary } = serviceWords(s, locale);
			return `${style.bold(name)}: ${style.text(summary)} ${reach}${checked ? `, ${style.text(checked)}` : ''}`;
		}),
	];
	return lines.map(style.item);
}

/**
 * The help block that ends every rendered answer, with a heading; in Welsh with `locale: 'cy'`.
 *
 * @example
 * ```ts
 * renderHelp(selectHelp()); // "Get help\n- Childline: 0800 1111 ..."
 * renderHelp(selectHelp(), TEXT_STYLE, 'cy'); // "Cael help\n- Childline: 0800 1111 ..."
 * ```
 */
export function renderHelp(help: Signposting, style: RenderStyle = TEXT_STYLE, locale: Locale = 'en'): string {
	return [style.heading(helpWording(locale).help.heading), ...helpLines(help, style, locale)].join('\n');
}

/**
 * The help lines in one short sentence, for places with little room (a footer, a one-line error).
 *
 * @example
 * ```ts
 * helpSentence(selectHelp());
 * helpSentence(selectHelp(), 'cy'); // "Childline 0800 1111 (plant a phobl ifanc) · Llinell Gymorth yr NSPCC ..."
 * // "Childline 0800 1111 (children and young people) · NSPCC Helpline 0808 800 5000 (adults worried about a child) · In an emergency call 999"
 * ```
 */
export function helpSentence(help: Signposting, locale: Locale = 'en'): string {
	const say = helpWording(locale).help;
	const [childline, nspcc, emergency] = help.services;
	return `${childline.name} ${childline.phone} (${say.childlineShort}) · ${serviceWords(nspcc, locale).name} ${nspcc.phone} (${say.nspcc}) · ${say.emergencyShort(emergency.phone)}`;
}
