import type { HelpNation, HelpTopic } from './help-service.js';
import type { HelpSelection } from './signposting.js';

/**
 * What a person may be telling Signpost, as the help-first reading names it (the `PersonConcern` values of the
 * person contract), so the help can be chosen without this module depending on the reading.
 */
export type HelpConcern =
	| 'disclosure'
	| 'danger'
	| 'suicide-or-self-harm'
	| 'distress'
	| 'worried-about-a-child'
	| 'adult-survivor'
	| 'own-thoughts'
	| 'online';

/**
 * The help topics each concern adds beside the three always-on lines. A disclosure, distress and an adult worried
 * about a child are answered by Childline and the NSPCC Helpline themselves; danger is 999's; the others add the
 * services that fit.
 */
export const CONCERN_TOPICS: Readonly<Record<HelpConcern, readonly HelpTopic[]>> = {
	disclosure: ['general'],
	danger: ['emergency'],
	'suicide-or-self-harm': ['suicide-or-self-harm'],
	distress: ['general'],
	'worried-about-a-child': ['general'],
	'adult-survivor': ['adult-survivor'],
	'own-thoughts': ['worried-about-own-thoughts'],
	online: ['online-grooming', 'image-shared'],
};

/**
 * The help selection for what a person is telling Signpost: every concern's topics, and Wales (Meic) when the words
 * were Welsh or the place is in Wales. Pass the result to `selectHelp`.
 *
 * @param concerns - what the reading found, in any order
 * @param where - the language of the words (`cy` adds Wales) and the nation, when known
 * @returns the selection: topics in the concerns' order, each once
 * @example
 * ```ts
 * selectHelp(helpForConcerns(['suicide-or-self-harm', 'online'], { language: 'cy' })).services.map((s) => s.id);
 * // ["childline", "nspcc-helpline", "emergency", "samaritans", "papyrus", "ceop", "report-remove", "meic"]
 * ```
 */
export function helpForConcerns(
	concerns: readonly HelpConcern[],
	where: { readonly language?: 'en' | 'cy' | undefined; readonly nation?: HelpNation | undefined } = {},
): HelpSelection {
	const all = [...new Set(concerns.flatMap((c) => CONCERN_TOPICS[c] ?? []))];
	// 'general' adds nothing; it stays only when it is all there is, so the first topic names the real need.
	const topics = all.some((t) => t !== 'general') ? all.filter((t) => t !== 'general') : all;
	const nation = where.nation ?? (where.language === 'cy' ? 'wales' : undefined);
	return { topics, ...(nation ? { nation } : {}) };
}
