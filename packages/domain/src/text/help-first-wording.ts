import type { PersonConcern } from '../person/person-concern.js';
import type { HelpService, HelpTopic } from '../signposting/help-service.js';
import type { Signposting } from '../signposting/signposting.js';
import { serviceHours, serviceRoute, serviceWords } from './help-wording.js';
import type { Locale } from './locale.js';
import { WELSH_HELP_FIRST_WORDING } from './welsh-wording.js';
import { HELP_FIRST_WORDING, type Translated } from './wording.js';

/** The help-first words in a locale. */
function helpFirstWords(locale: Locale): Translated<typeof HELP_FIRST_WORDING> {
	return locale === 'cy' ? WELSH_HELP_FIRST_WORDING : HELP_FIRST_WORDING;
}

/** The first service of a topic the help holds, if it holds one. */
function serviceFor(help: Signposting, topic: HelpTopic | string): HelpService | undefined {
	return help.services.slice(3).find((s) => (s.topics as readonly string[]).includes(topic));
}

/** A service's name and how to reach it: its number, or its first channel or page. */
function reach(service: HelpService, locale: Locale): string {
	return `${serviceWords(service, locale).name}: ${service.phone ?? service.channels[0]?.value ?? service.sourceUrl}`;
}

const CHILD_CONCERNS: readonly PersonConcern[] = ['danger', 'suicide-or-self-harm', 'disclosure', 'online', 'distress'];

/** The sentences for a child or young person: Childline first, free and confidential, and not their fault. */
function childSentences(concerns: readonly PersonConcern[], help: Signposting, locale: Locale): string[] {
	const say = helpFirstWords(locale);
	const [childline] = help.services;
	const [phone, web] = childline.channels;
	const site = web.value.replace(/^https:\/\/(www\.)?/, '');
	const lines: string[] = [];
	if (concerns.includes('suicide-or-self-harm')) {
		lines.push(say.suicide);
		const suicide = serviceFor(help, 'suicide-or-self-harm');
		if (suicide) lines.push(say.callService(reach(suicide, locale)));
	}
	lines.push(say.childline(childline.phone, site, serviceHours(phone.hours, locale)));
	if (concerns.includes('online')) {
		lines.push(say.online);
		const online = serviceFor(help, 'online-grooming') ?? serviceFor(help, 'image-shared');
		if (online) {
			const { name, summary } = serviceWords(online, locale);
			const route = serviceRoute(online, locale);
			lines.push(`${name}: ${summary} ${route.url ?? route.words}`);
		}
	}
	if (concerns.some((c) => c === 'disclosure' || c === 'danger' || c === 'online')) lines.push(say.notYourFault);
	return lines;
}

/** The sentences for an adult: worried about a child, a survivor, or worried about their own thoughts. */
function adultSentences(concerns: readonly PersonConcern[], help: Signposting, locale: Locale): string[] {
	const say = helpFirstWords(locale);
	const [, nspcc] = help.services;
	const lines: string[] = [];
	if (concerns.includes('adult-survivor')) {
		lines.push(say.notYourFaultThen);
		const survivors = serviceFor(help, 'adult-survivor');
		lines.push(survivors ? say.survivor(reach(survivors, locale), nspcc.phone) : say.nspcc(nspcc.phone));
	}
	if (concerns.includes('worried-about-a-child')) lines.push(say.worriedAboutAChild(nspcc.phone));
	if (concerns.includes('own-thoughts')) {
		const thoughts = serviceFor(help, 'worried-about-own-thoughts');
		lines.push(
			thoughts
				? `${say.ownThoughts} ${reach(thoughts, locale)}: ${serviceWords(thoughts, locale).summary}`
				: `${say.ownThoughts} ${say.nspcc(nspcc.phone)}`,
		);
	}
	return lines;
}

/**
 * The opening sentences of a help-first reply, for what the person told Signpost: danger puts 999 first; suicide or
 * self-harm says so gently and names the service for it where the help holds one; a child hears about Childline (free
 * and confidential) and that it is not their fault; an adult hears about the NSPCC Helpline and the service that fits.
 * Names, numbers and hours are read from the help, never retyped. In Welsh with `locale: 'cy'`, in the same order. The
 * full help lines follow these in every reply.
 *
 * @example
 * ```ts
 * helpFirstSentences(['danger'], selectHelp({ topic: 'emergency' }))[0]; // "If you are in danger right now, call 999."
 * helpFirstSentences(['danger'], selectHelp({ topic: 'emergency' }), 'cy')[0]; // "Os wyt ti mewn perygl nawr, ffonia 999."
 * ```
 */
export function helpFirstSentences(
	concerns: readonly PersonConcern[],
	help: Signposting,
	locale: Locale = 'en',
): string[] {
	const emergency = help.services[2];
	const lines = concerns.includes('danger') ? [helpFirstWords(locale).danger(emergency.phone)] : [];
	const adult = adultSentences(concerns, help, locale);
	if (concerns.some((c) => CHILD_CONCERNS.includes(c)) || adult.length === 0)
		lines.push(...childSentences(concerns, help, locale));
	lines.push(...adult);
	return lines;
}

/**
 * {@link helpFirstSentences} in Welsh.
 *
 * @example
 * ```ts
 * welshHelpFirstSentences(['danger'], selectHelp({ topic: 'emergency' }))[0]; // "Os wyt ti mewn perygl nawr, ffonia 999."
 * ```
 */
export function welshHelpFirstSentences(concerns: readonly PersonConcern[], help: Signposting): string[] {
	return helpFirstSentences(concerns, help, 'cy');
}
