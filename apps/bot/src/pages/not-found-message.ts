import type { Answer } from '@signpost-uk/domain';
import type { MessageDraft } from '../util/respond.js';

/**
 * A question with no figure to give, said once: the domain's one sentence, the suggestions as a list, the years
 * held where they help, and (added by the boundary) the help lines. No embed, so the sentence is never repeated as
 * a title or description, and no caveats about figures it does not show. Private unless `private:false`.
 *
 * @example
 * ```ts
 * notFoundMessage(getFigures(dataset, { area: 'Atlantis' }), true).content; // "No area matches that name. …"
 * ```
 */
export function notFoundMessage(answer: Answer & { status: 'not-found' }, ephemeral: boolean): MessageDraft {
	const lines = [answer.message];
	if (answer.suggestions.length) lines.push('Did you mean:', ...answer.suggestions.map((s) => `- ${s.name}`));
	if (answer.yearsHeld.length) lines.push(`Years held: ${answer.yearsHeld.join(', ')}.`);
	return { content: lines.join('\n'), ephemeral };
}
