import type { Audience, HelpService, HelpTopic } from './help-service.js';
import { CEOP, CHILDLINE, EMERGENCY, NSPCC_HELPLINE, REPORT_REMOVE, STOP_IT_NOW } from './help-services.js';

/**
 * The help attached to every answer. The tuple type makes Childline, the NSPCC Helpline and 999 impossible to leave
 * out: an object without them does not type-check as `Signposting`.
 */
export interface Signposting {
	readonly audience: Audience;
	readonly topic: HelpTopic;
	readonly services: readonly [typeof CHILDLINE, typeof NSPCC_HELPLINE, typeof EMERGENCY, ...HelpService[]];
}

/** What to show help for. */
export interface HelpSelection {
	audience?: Audience | undefined;
	topic?: HelpTopic | undefined;
}

const TOPIC_SERVICES: Record<HelpTopic, readonly HelpService[]> = {
	general: [],
	emergency: [],
	'online-grooming': [CEOP],
	'image-shared': [REPORT_REMOVE],
	'worried-about-own-thoughts': [STOP_IT_NOW],
};

/**
 * Picks the help to show for an audience and topic. Childline, the NSPCC Helpline and 999 are always in; topic
 * services (CEOP, Report Remove, Stop It Now) are added beside them.
 *
 * @example
 * ```ts
 * selectHelp().services.map((s) => s.phone); // ["0800 1111", "0808 800 5000", "999"]
 * selectHelp({ topic: 'online-grooming' }).services.at(-1)?.id; // "ceop"
 * ```
 */
export function selectHelp(selection: HelpSelection = {}): Signposting {
	const audience = selection.audience ?? 'anyone';
	const topic = selection.topic ?? 'general';
	const extra = (TOPIC_SERVICES[topic] ?? []).filter((s) => audience === 'anyone' || s.audience.includes(audience));
	return { audience, topic, services: [CHILDLINE, NSPCC_HELPLINE, EMERGENCY, ...extra] };
}
