import {
	AUDIENCES,
	HELP_NATIONS,
	HELP_TOPICS,
	type HelpSelection,
	helpLines,
	helpSentence,
	type Signposting,
	selectHelp,
} from '@signpost-uk/domain';
import { deepFreeze } from '../api/deep-freeze.js';

/** A value when it is one of the allowed ones, else undefined (read without zod: this file stays small). */
function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
	return allowed.find((a) => a === value);
}

/**
 * The help lines on their own: the signposting, one line per service, and a one-sentence version.
 *
 * @example
 * ```ts
 * const { sentence }: HelplinesResult = getHelplines();
 * ```
 */
export interface HelplinesResult {
	readonly status: 'found';
	/** The signposting: Childline, the NSPCC Helpline and 999 always first, then any topic services. */
	readonly help: Signposting;
	/** One plain-text line per service, Childline first. */
	readonly lines: readonly string[];
	/** All three always-on lines in one sentence, for a footer or a one-line error. */
	readonly sentence: string;
}

/**
 * The help lines for an audience, topics and nation. Childline (0800 1111), the NSPCC Helpline (0808 800 5000) and
 * 999 are always included; a topic adds its services (CEOP for online grooming, Report Remove for a shared image,
 * Stop It Now for someone worried about their own thoughts, Samaritans and Papyrus for suicide or self-harm, NAPAC
 * for an adult survivor), and Wales adds Meic. Needs no dataset: importing only this stays small. Help is
 * never withheld: a selection that cannot be read (`null`, an unknown audience or topic) gives the general help lines.
 *
 * @param selection - who is asking (`audience`), about what (`topic`, or several `topics`) and where (`nation`); all optional
 * @returns the signposting with ready-made text lines
 * @example
 * ```ts
 * import { getHelplines } from '@signpost-uk/sdk';
 *
 * const { help, lines } = getHelplines({ audience: 'child', topic: 'online-grooming' });
 * help.services[0].phone; // "0800 1111"
 * console.log(lines.join('\n'));
 * ```
 */
export function getHelplines(selection?: HelpSelection | null): HelplinesResult {
	const given: Partial<Record<keyof HelpSelection, unknown>> =
		typeof selection === 'object' && selection !== null ? selection : {};
	const topics = Array.isArray(given.topics)
		? given.topics.flatMap((t: unknown) => oneOf(HELP_TOPICS, t) ?? [])
		: undefined;
	const help = selectHelp({
		audience: oneOf(AUDIENCES, given.audience),
		topic: oneOf(HELP_TOPICS, given.topic),
		topics,
		nation: oneOf(HELP_NATIONS, given.nation),
	});
	return deepFreeze({ status: 'found', help, lines: helpLines(help), sentence: helpSentence(help) });
}
