import { type Answer, type Locale, wordingFor } from '@signpost-uk/domain';
import type { MessageDraft } from '../util/respond.js';

/**
 * A question with no figure to give, said once: the domain's one sentence, the suggestions as a list, the years
 * held where they help, and (added by the boundary) the help lines. No embed, so the sentence is never repeated as
 * a title or description, and no caveats about figures it does not show. Private unless `private:false`. In Welsh,
 * the Welsh table's sentence for the reason (or for the name it does not cover, Jersey), then the measures the area does hold where it has none for the one asked
 * (registry and measure names stay as held).
 *
 * @example
 * ```ts
 * notFoundMessage(getFigures(dataset, { area: 'Atlantis' }), true).content; // "No area matches that name. …"
 * ```
 */
export function notFoundMessage(
	answer: Answer & { status: 'not-found' },
	ephemeral: boolean,
	locale: Locale = 'en',
): MessageDraft {
	const welsh = locale === 'cy';
	const say = wordingFor(locale);
	const welshReason = answer.outside ? say.notCovered(answer.outside) : say.notFoundReasons[answer.reason];
	const lines = [welsh ? welshReason : answer.message];
	// The English message names the measures held already; the Welsh reason does not, so they follow it.
	const held = answer.measuresHeld;
	if (welsh && held)
		lines.push(
			say.figuresHeld({ names: held.measures.map((m) => m.name), year: held.year, otherYears: held.otherYears }),
		);
	if (answer.suggestions.length)
		lines.push(say.didYouMean, ...answer.suggestions.map((s) => `- ${s.name}${s.detail ? ` (${s.detail})` : ''}`));
	if (answer.yearsHeld.length) lines.push(say.yearsHeld(answer.yearsHeld));
	return { content: lines.join('\n'), ephemeral, locale };
}
