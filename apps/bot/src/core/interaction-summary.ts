import type { APIInteraction } from 'discord-api-types/v10';
import { InteractionType } from 'discord-api-types/v10';
import { isPrivateInteraction } from '../commands/is-private-reply.js';
import { readCommandName } from '../commands/welsh-commands.js';

function dataOf(interaction: APIInteraction): Record<string, unknown> | undefined {
	const data = (interaction as { data?: unknown }).data;
	return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
}

/**
 * For a slash command or autocomplete, the command it names if it is one of the bot's, else `unknown`; `undefined`
 * for anything else. Never anything else the payload holds, so a transport can always log it.
 *
 * @example
 * ```ts
 * loggableCommand(figuresInteraction('Kent')); // 'figures'
 * loggableCommand({ ...figuresInteraction('Kent'), data: { name: 'what the user typed' } }); // 'unknown'
 * ```
 */
export function loggableCommand(interaction: APIInteraction): string | undefined {
	const { type } = interaction;
	if (type !== InteractionType.ApplicationCommand && type !== InteractionType.ApplicationCommandAutocomplete) {
		return undefined;
	}
	return readCommandName(dataOf(interaction)?.name)?.name ?? 'unknown';
}

/**
 * Whether the reply to this interaction will be ephemeral (by `isPrivateInteraction`: always for a help-first reply,
 * then `private:` and the command's default, English or Welsh), so that a deferral, whose
 * visibility a follow-up cannot change, is ephemeral too: how a transport defers without reading `commands/`.
 *
 * @example
 * ```ts
 * repliesPrivately(supportInteraction()); // true: /support is private unless private:false
 * ```
 */
export function repliesPrivately(interaction: APIInteraction): boolean {
	return isPrivateInteraction(interaction);
}
