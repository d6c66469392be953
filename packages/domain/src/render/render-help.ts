import type { Signposting } from '../signposting/signposting.js';
import { type RenderStyle, TEXT_STYLE } from './render-style.js';

/**
 * The help lines as list lines: Childline, the NSPCC Helpline and 999 first, then any topic services.
 *
 * @example
 * ```ts
 * helpLines(selectHelp()).join('\n');
 * // - Childline: 0800 1111 (children and young people up to 19; free, confidential, 24 hours a day) ...
 * ```
 */
export function helpLines(help: Signposting, style: RenderStyle = TEXT_STYLE): string[] {
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
			const reach = s.phone ?? s.channels[0]?.value ?? s.sourceUrl;
			return `${style.bold(s.name)}: ${s.summary} ${s.phone ? reach : style.link(reach, reach)}`;
		}),
	];
	return lines.map(style.item);
}

/**
 * The help block that ends every rendered answer, with a heading.
 *
 * @example
 * ```ts
 * renderHelp(selectHelp()); // "Get help\n- Childline: 0800 1111 ..."
 * ```
 */
export function renderHelp(help: Signposting, style: RenderStyle = TEXT_STYLE): string {
	return [style.heading('Get help'), ...helpLines(help, style)].join('\n');
}

/**
 * The help lines in one short sentence, for places with little room (a footer, a one-line error).
 *
 * @example
 * ```ts
 * helpSentence(selectHelp());
 * // "Childline 0800 1111 (children and young people) · NSPCC Helpline 0808 800 5000 (adults worried about a child) · In an emergency call 999"
 * ```
 */
export function helpSentence(help: Signposting): string {
	const [childline, nspcc, emergency] = help.services;
	return `Childline ${childline.phone} (children and young people) · NSPCC Helpline ${nspcc.phone} (adults worried about a child) · In an emergency call ${emergency.phone}`;
}
