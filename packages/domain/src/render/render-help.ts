import type { Signposting } from '../signposting/signposting.js';
import { hoursWithCheck, serviceRoute } from '../text/help-wording.js';
import type { Locale } from '../text/locale.js';
import { WELSH_WORDING } from '../text/welsh-wording.js';
import { WORDING } from '../text/wording.js';
import { type RenderStyle, TEXT_STYLE } from './render-style.js';

const cy = WELSH_WORDING;

/** The help lines in Welsh: the same services, numbers and addresses, Signpost's words in Welsh. */
function welshHelpLines(help: Signposting, style: RenderStyle): string[] {
	const [childline, nspcc, emergency, ...others] = help.services;
	const [childlinePhone, childlineWeb] = childline.channels;
	const [nspccPhone, nspccEmail] = nspcc.channels;
	const site = childlineWeb.value.replace(/^https:\/\/(www\.)?/, '');
	const hours = (text: string) => cy.hours[text] ?? text;
	return [
		`${style.bold(`${childline.name}: ${childline.phone}`)}: ${cy.help.childline}, ${hours(childlinePhone.hours)}, ${cy.help.or} ${style.link(site, childlineWeb.value)}`,
		`${style.bold(`${cy.nspccHelpline}: ${nspcc.phone}`)}: ${cy.help.nspcc} (${hours(nspccPhone.hours)}), ${cy.help.or} ${nspccEmail.value} ${hours(nspccEmail.hours)}`,
		`${style.bold(`${emergency.phone}`)}: ${cy.help.emergency(emergency.phone)}`,
		...others.map((s) => {
			const reach = s.phone ?? s.channels[0]?.value ?? s.sourceUrl;
			return `${style.bold(s.name)}: ${cy.serviceSummaries[s.id] ?? s.summary} ${s.phone ? reach : style.link(reach, reach)}`;
		}),
	].map(style.item);
}

/**
 * The help lines as list lines: Childline, the NSPCC Helpline and 999 first, then any topic services; in Welsh with
 * `locale: 'cy'` (the same numbers and addresses).
 *
 * @example
 * ```ts
 * helpLines(selectHelp()).join('\n');
 * // - Childline: 0800 1111 (children and young people up to 19; free, confidential, 24 hours a day) ...
 * helpLines(selectHelp(), TEXT_STYLE, 'cy')[0]; // "- Childline: 0800 1111: plant a phobl ifanc hyd at 19 oed, ..."
 * ```
 */
export function helpLines(help: Signposting, style: RenderStyle = TEXT_STYLE, locale: Locale = 'en'): string[] {
	if (locale === 'cy') return welshHelpLines(help, style);
	const [childline, nspcc, emergency, ...others] = help.services;
	// Hours, addresses and numbers are read from the help-service registry, never retyped here.
	const [childlinePhone, childlineWeb] = childline.channels;
	const [nspccPhone, nspccEmail] = nspcc.channels;
	const site = childlineWeb.value.replace(/^https:\/\/(www\.)?/, '');
	const lines = [
		`${style.bold(`${childline.name}: ${childline.phone}`)}: children and young people up to 19, free and confidential, ${childlinePhone.hours}, or ${style.link(site, childlineWeb.value)}`,
		`${style.bold(`${nspcc.name}: ${nspcc.phone}`)}: adults worried about a child (${nspccPhone.hours}), or ${nspccEmail.value} at ${nspccEmail.hours}`,
		`${style.bold(`${emergency.phone}`)}: if a child is in immediate danger, call the police on ${emergency.phone}`,
		...others.map((s) => {
			const route = serviceRoute(s);
			const reach = route.url ? style.link(route.words, route.url) : style.bold(route.words);
			const hours = s.channels.map(hoursWithCheck).find((h) => h !== undefined);
			return `${style.bold(s.name)}: ${style.text(s.summary)} ${reach}${hours ? `, ${style.text(hours)}` : ''}`;
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
	const heading = locale === 'cy' ? cy.headings.help : WORDING.headings.help;
	return [style.heading(heading), ...helpLines(help, style, locale)].join('\n');
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
	const [childline, nspcc, emergency] = help.services;
	if (locale === 'cy')
		return `Childline ${childline.phone} (${cy.help.childlineShort}) · ${cy.nspccHelpline} ${nspcc.phone} (${cy.help.nspcc}) · ${cy.help.emergencyShort(emergency.phone)}`;
	return `Childline ${childline.phone} (children and young people) · NSPCC Helpline ${nspcc.phone} (adults worried about a child) · In an emergency call ${emergency.phone}`;
}
