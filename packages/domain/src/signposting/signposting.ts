import type { Audience, HelpNation, HelpService, HelpTopic } from './help-service.js';
import {
	CEOP,
	CHILDLINE,
	EMERGENCY,
	MEIC,
	NAPAC,
	NSPCC_HELPLINE,
	PAPYRUS,
	REPORT_REMOVE,
	SAMARITANS,
	STOP_IT_NOW,
} from './help-services.js';

/**
 * The help attached to every answer. The tuple type makes Childline, the NSPCC Helpline and 999 impossible to leave
 * out: an object without them does not type-check as `Signposting`.
 */
export interface Signposting {
	readonly audience: Audience;
	/** The first topic asked for (`general` when none): kept for callers that read one topic. */
	readonly topic: HelpTopic;
	/** Every topic asked for, in the order given, each once (`['general']` when none). */
	readonly topics: readonly HelpTopic[];
	/** The nation asked for, when one was: Wales adds Meic. */
	readonly nation?: HelpNation;
	readonly services: readonly [typeof CHILDLINE, typeof NSPCC_HELPLINE, typeof EMERGENCY, ...HelpService[]];
}

/** What to show help for: who is asking, about what (one topic or several), and where. */
export interface HelpSelection {
	audience?: Audience | undefined;
	/** One topic; joined with `topics` when both are given. */
	topic?: HelpTopic | undefined;
	/** Several topics at once (a person may be online and thinking of suicide). */
	topics?: readonly HelpTopic[] | undefined;
	/** Where the asker is: `wales` adds Meic, the helpline for children and young people in Wales. */
	nation?: HelpNation | undefined;
}

const TOPIC_SERVICES: Record<HelpTopic, readonly HelpService[]> = {
	general: [],
	emergency: [],
	'online-grooming': [CEOP],
	'image-shared': [REPORT_REMOVE],
	'worried-about-own-thoughts': [STOP_IT_NOW],
	'suicide-or-self-harm': [SAMARITANS, PAPYRUS],
	'adult-survivor': [NAPAC],
};

const NATION_SERVICES: Record<HelpNation, readonly HelpService[]> = {
	england: [],
	wales: [MEIC],
	scotland: [],
	'northern-ireland': [],
};

function fits(service: HelpService, audience: Audience): boolean {
	return audience === 'anyone' || service.audience.includes(audience) || service.audience.includes('anyone');
}

/**
 * Picks the help to show for an audience, topics and nation. Childline, the NSPCC Helpline and 999 are always in,
 * first; each topic adds the services that fit it (suicide or self-harm: Samaritans and Papyrus; online grooming:
 * CEOP; a shared image: Report Remove; own thoughts: Stop It Now; adult survivor: NAPAC), Wales adds Meic, each
 * service once and only where it is for the audience asked about.
 *
 * @example
 * ```ts
 * selectHelp().services.map((s) => s.phone); // ["0800 1111", "0808 800 5000", "999"]
 * selectHelp({ topic: 'online-grooming' }).services.at(-1)?.id; // "ceop"
 * selectHelp({ topics: ['suicide-or-self-harm'], nation: 'wales' }).services.map((s) => s.id);
 * // ["childline", "nspcc-helpline", "emergency", "samaritans", "papyrus", "meic"]
 * ```
 */
export function selectHelp(selection: HelpSelection = {}): Signposting {
	const audience = selection.audience ?? 'anyone';
	const asked = [...(selection.topic ? [selection.topic] : []), ...(selection.topics ?? [])];
	const topics: readonly HelpTopic[] = asked.length > 0 ? [...new Set(asked)] : ['general'];
	const always: readonly HelpService[] = [CHILDLINE, NSPCC_HELPLINE, EMERGENCY];
	const extra = [
		...topics.flatMap((topic) => TOPIC_SERVICES[topic] ?? []),
		...(selection.nation ? (NATION_SERVICES[selection.nation] ?? []) : []),
	].filter((s, i, all) => all.indexOf(s) === i && !always.includes(s) && fits(s, audience));
	return {
		audience,
		topic: topics[0] ?? 'general',
		topics,
		...(selection.nation ? { nation: selection.nation } : {}),
		services: [CHILDLINE, NSPCC_HELPLINE, EMERGENCY, ...extra],
	};
}
