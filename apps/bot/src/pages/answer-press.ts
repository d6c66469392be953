import type { CommandResult } from '../commands/command-context.js';
import { prepareResponse, prepareUpdate } from '../util/respond.js';
import { answerReply } from './answer-reply.js';
import { decodeCustomId } from './custom-id.js';
import type { ReplyContext } from './reply-context.js';
import { sourcesMessage } from './sources-message.js';

/** The reply to a button whose `custom_id` the bot does not make (out of date, or forged): private, with help. */
export const STALE_BUTTON = 'That button is out of date. Ask again with the command, for example /figures area:Kent.';

/**
 * Answers a button press (interaction type 3) with no stored state: the `custom_id` is read back by
 * `decodeCustomId` (which trusts nothing), the question is asked again, and the message is updated in place
 * (UPDATE_MESSAGE, type 7) with the page asked for. "Share publicly" answers with a new public message (type 4).
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
			response: prepareResponse({ content: STALE_BUTTON, ephemeral: true, locale: context.locale }, context.help),
			outcome: 'invalid',
		};
	}
	const { question, share } = press;
	const reply =
		question.command === 'sources'
			? { draft: sourcesMessage(question, context), outcome: 'ok' as const }
			: answerReply({ ...question, command: question.command }, context, {
					privately: question.private,
					view: question.view,
					page: question.page,
				});
	if (reply.outcome !== 'ok') {
		// The figures behind the button are no longer held: say so privately, leaving the message as it was.
		return { response: prepareResponse({ ...reply.draft, ephemeral: true }, context.help), outcome: reply.outcome };
	}
	return {
		response: share
			? prepareResponse({ ...reply.draft, ephemeral: false }, context.help)
			: prepareUpdate(reply.draft, context.help),
		outcome: 'ok',
	};
}
