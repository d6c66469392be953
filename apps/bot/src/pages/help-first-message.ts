import { type Answer, HELP_FIRST_WORDING, helpFirstSentences, type Locale } from '@signpost-uk/domain';
import type { MessageDraft } from '../util/respond.js';

/**
 * What was typed reads as a person speaking: the help first and only, always private, never the words typed. The
 * domain's help-first sentences (danger puts 999 first), then (added by the boundary) the help lines.
 *
 * @example
 * ```ts
 * helpFirstMessage(getFigures(dataset, { area: 'im scared' }) as HelpFirstAnswer).ephemeral; // true
 * ```
 */
export function helpFirstMessage(answer: Answer & { status: 'help-first' }, locale: Locale = 'en'): MessageDraft {
	const lines = [HELP_FIRST_WORDING.heading, ...helpFirstSentences(answer.concerns, answer.help)];
	return { content: lines.join('\n'), ephemeral: true, locale };
}
