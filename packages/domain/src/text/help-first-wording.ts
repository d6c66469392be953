import type { PersonConcern } from '../person/person-concern.js';
import type { HelpService, HelpTopic } from '../signposting/help-service.js';
import type { Signposting } from '../signposting/signposting.js';

/**
 * The fixed words of a help-first reply: what Signpost says when what was typed reads as a person speaking. Plain
 * words a child understands; no figure, no "not found", no "did you mean", no caveat, and never the words typed.
 *
 * @example
 * ```ts
 * HELP_FIRST_WORDING.heading; // "You can talk to someone now"
 * ```
 */
export const HELP_FIRST_WORDING = {
	heading: 'You can talk to someone now',
	notYourFault: 'What is happening is not your fault.',
	notYourFaultThen: 'What happened to you as a child was not your fault.',
	online:
		'If someone online asked you for pictures, sent you messages that worried you, or shared pictures of you, it is not your fault, and it can be stopped.',
	suicide:
		'If you feel like ending your life or hurting yourself, please talk to someone now. You do not have to be alone with this.',
} as const;

/** The first service of a topic the help holds, if it holds one. */
function serviceFor(help: Signposting, topic: HelpTopic | string): HelpService | undefined {
	return help.services.slice(3).find((s) => (s.topics as readonly string[]).includes(topic));
}

/** A service's name and how to reach it: its number, or its first channel or page. */
function reach(service: HelpService): string {
	return `${service.name}: ${service.phone ?? service.channels[0]?.value ?? service.sourceUrl}`;
}

const CHILD_CONCERNS: readonly PersonConcern[] = ['danger', 'suicide-or-self-harm', 'disclosure', 'online', 'distress'];

/** The sentences for a child or young person: Childline first, free and confidential, and not their fault. */
function childSentences(concerns: readonly PersonConcern[], help: Signposting): string[] {
	const [childline] = help.services;
	const [phone, web] = childline.channels;
	const site = web.value.replace(/^https:\/\/(www\.)?/, '');
	const lines: string[] = [];
	if (concerns.includes('suicide-or-self-harm')) {
		lines.push(HELP_FIRST_WORDING.suicide);
		const suicide = serviceFor(help, 'suicide-or-self-harm');
		if (suicide) lines.push(`You can call ${reach(suicide)}.`);
	}
	lines.push(
		`You can talk to ${childline.name} now: call ${childline.phone} or chat at ${site}. It is free and confidential, ${phone.hours}.`,
	);
	if (concerns.includes('online')) {
		lines.push(HELP_FIRST_WORDING.online);
		const online = serviceFor(help, 'online-grooming') ?? serviceFor(help, 'image-shared');
		if (online) lines.push(`${online.name}: ${online.summary} ${online.channels[0]?.value ?? online.sourceUrl}`);
	}
	if (concerns.some((c) => c === 'disclosure' || c === 'danger' || c === 'online'))
		lines.push(HELP_FIRST_WORDING.notYourFault);
	return lines;
}

/** The sentences for an adult: worried about a child, a survivor, or worried about their own thoughts. */
function adultSentences(concerns: readonly PersonConcern[], help: Signposting): string[] {
	const [, nspcc] = help.services;
	const lines: string[] = [];
	if (concerns.includes('adult-survivor')) {
		lines.push(HELP_FIRST_WORDING.notYourFaultThen);
		const survivors = serviceFor(help, 'adult-survivor');
		lines.push(
			survivors
				? `You can talk to ${reach(survivors)}, or the ${nspcc.name} on ${nspcc.phone}.`
				: `You can talk to the ${nspcc.name} on ${nspcc.phone}.`,
		);
	}
	if (concerns.includes('worried-about-a-child'))
		lines.push(`If you are worried about a child, talk to the ${nspcc.name} on ${nspcc.phone}. It is free.`);
	if (concerns.includes('own-thoughts')) {
		const thoughts = serviceFor(help, 'worried-about-own-thoughts');
		lines.push(
			thoughts
				? `If you are worried about your own thoughts about children, you can get help before anything happens. ${reach(thoughts)}: ${thoughts.summary}`
				: `If you are worried about your own thoughts about children, talk to the ${nspcc.name} on ${nspcc.phone}.`,
		);
	}
	return lines;
}

/**
 * The opening sentences of a help-first reply, for what the person told Signpost: danger puts 999 first; suicide or
 * self-harm says so gently and names the service for it where the help holds one; a child hears about Childline (free
 * and confidential) and that it is not their fault; an adult hears about the NSPCC Helpline and the service that fits.
 * Names, numbers and hours are read from the help, never retyped. The full help lines follow these in every reply.
 *
 * @example
 * ```ts
 * helpFirstSentences(['danger'], selectHelp({ topic: 'emergency' }))[0]; // "If you are in danger right now, call 999."
 * ```
 */
export function helpFirstSentences(concerns: readonly PersonConcern[], help: Signposting): string[] {
	const emergency = help.services[2];
	const lines = concerns.includes('danger') ? [`If you are in danger right now, call ${emergency.phone}.`] : [];
	const child = concerns.some((c) => CHILD_CONCERNS.includes(c));
	const adult = adultSentences(concerns, help);
	if (child || adult.length === 0) lines.push(...childSentences(concerns, help));
	lines.push(...adult);
	return lines;
}
