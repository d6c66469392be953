import { WORDING, wordingFor } from '@signpost-uk/domain';
import type { CommandResult } from '../commands/command-context.js';
import { prepareResponse, prepareUpdate } from '../util/respond.js';
import { answerReply } from './answer-reply.js';
import { decodeCustomId } from './custom-id.js';
import type { ReplyContext } from './reply-context.js';
import { sourcesMessage } from './sources-message.js';

/** The reply to a button whose `custom_id` the bot does not make (out of date, or forged): private, with help. */
export const STALE_BUTTON = WORDING.replies.staleButton;

/**
 * Answers a button press (interaction type 3) with no stored state: the `custom_id` is read back by
 * `decodeCustomId` (which trusts nothing), the question is asked again, and the message is updated in place
 * (UPDATE_MESSAGE, type 7) with the page asked for, in Welsh when the button was made for a Welsh reply or the
 * press's locale is `cy`. "Share publicly" answers with a new public message (type 4).
 * Everything goes through the reply boundary, so every page carries the help lines.
 *
 * @example
 * ```ts
 * answerPress(interaction.data.custom_id, context).response.type; // 7
 * ```
 */
export function answerPress(customId: unknown, context: ReplyContext): CommandResult {
	const press = decodeCustomId(context.dataset, customId);
	if (!press) {
		return {
			response: prepareResponse(
				{ content: wordingFor(context.locale).replies.staleButton, ephemeral: true, locale: context.locale },
				context.help,
			),
			outcome: 'invalid',
		};
	}
	const { question, share } = press;
	// A Welsh reply's buttons answer in Welsh, whatever the presser's client language.
	const replyContext: ReplyContext = question.locale === 'cy' ? { ...context, locale: 'cy' } : context;
	const reply =
		question.command === 'sources'
			? { draft: sourcesMessage(question, replyContext), outcome: 'ok' as const }
			: answerReply({ ...question, command: question.command }, replyContext, {
					privately: question.private,
					view: question.view,
					page: question.page,
				});
	if (reply.outcome !== 'ok') {
		// The figures behind the button are no longer held: say so privately, leaving the message as it was.
		return {
			response: prepareResponse({ ...reply.draft, ephemeral: true }, replyContext.help),
			outcome: reply.outcome,
		};
	}
	return {
		response: share
			? prepareResponse({ ...reply.draft, ephemeral: false }, replyContext.help)
			: prepareUpdate(reply.draft, replyContext.help),
		outcome: 'ok',
	};
}
