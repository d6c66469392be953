import type { HelpTopic } from '../signposting/help-service.js';
import type { HelpSelection } from '../signposting/signposting.js';
import type { PersonConcern } from './person-concern.js';

/**
 * The help topic that fits what a person told Signpost, most specific first: their own thoughts (Stop It Now), harm
 * online (CEOP), danger (999 first), else general. Childline, the NSPCC Helpline and 999 are in every selection; this
 * only adds the service that fits. One function, so the topics of more services (Samaritans for suicide or
 * self-harm, NAPAC for adult survivors) are added here once `HelpSelection` holds several.
 *
 * @example
 * ```ts
 * helpTopicFor(['online', 'distress']); // "online-grooming"
 * ```
 */
export function helpTopicFor(concerns: readonly PersonConcern[]): HelpTopic {
	if (concerns.includes('own-thoughts')) return 'worried-about-own-thoughts';
	if (concerns.includes('online')) return 'online-grooming';
	if (concerns.includes('danger')) return 'emergency';
	return 'general';
}

/**
 * The help to show a person, from what they told Signpost and the caller's own selection (its audience is kept; the
 * topic is the one that fits the person).
 *
 * @example
 * ```ts
 * selectHelp(helpSelectionFor(['own-thoughts'])).services.at(-1)?.id; // "stop-it-now"
 * ```
 */
export function helpSelectionFor(concerns: readonly PersonConcern[], base: HelpSelection = {}): HelpSelection {
	return { ...base, topic: helpTopicFor(concerns) };
}
