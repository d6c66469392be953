import { helpForConcerns } from '../signposting/help-for-concerns.js';
import type { HelpTopic } from '../signposting/help-service.js';
import type { HelpSelection } from '../signposting/signposting.js';
import type { PersonConcern, PersonLanguage } from './person-concern.js';

/**
 * The first help topic that fits what a person told Signpost (the services' mapping, `CONCERN_TOPICS`, owns which
 * topics each concern adds): `general` when the concerns add no service beside the three always-on lines.
 *
 * @example
 * ```ts
 * helpTopicFor(['online', 'distress']); // "online-grooming"
 * ```
 */
export function helpTopicFor(concerns: readonly PersonConcern[]): HelpTopic {
	return helpForConcerns(concerns).topics?.[0] ?? 'general';
}

/**
 * The help to show a person, from what they told Signpost and the caller's own selection: the caller's audience and
 * nation are kept, the topics are every topic the concerns add (Samaritans and Papyrus for suicide or self-harm, CEOP
 * and Report Remove online, NAPAC for adult survivors, Stop It Now for their own thoughts), and Welsh words add Meic.
 *
 * @example
 * ```ts
 * selectHelp(helpSelectionFor(['own-thoughts'])).services.at(-1)?.id; // "stop-it-now"
 * ```
 */
export function helpSelectionFor(
	concerns: readonly PersonConcern[],
	base: HelpSelection = {},
	language?: PersonLanguage,
): HelpSelection {
	const fitting = helpForConcerns(concerns, { language, nation: base.nation });
	return { ...base, topic: undefined, ...fitting };
}
