import {
	type APIApplicationCommandInteractionDataBasicOption,
	type APIChatInputApplicationCommandInteraction,
	ApplicationCommandType,
	ChannelType,
	InteractionType,
} from 'discord-api-types/v10';
import { CONSOLE_IDS, inConsoleGuild, interactionEnvelope, snowflakeAt } from './interaction-envelope.js';

/**
 * Builds a chat input command interaction shaped like the ones Discord sends to a guild channel, for the console,
 * `pnpm ask` and tests.
 *
 * @example
 * ```ts
 * const interaction = buildCommandInteraction('figures', [{ name: 'area', type: 3, value: 'Derbyshire' }]);
 * ```
 */
export function buildCommandInteraction(
	name: string,
	options: readonly APIApplicationCommandInteractionDataBasicOption[],
	now: number = Date.now(),
): APIChatInputApplicationCommandInteraction {
	return {
		...interactionEnvelope(InteractionType.ApplicationCommand, now),
		data: {
			id: snowflakeAt(now),
			name,
			type: ApplicationCommandType.ChatInput,
			...(options.length > 0 ? { options: [...options] } : {}),
		},
		channel: { id: CONSOLE_IDS.channel, type: ChannelType.GuildText },
		guild_locale: 'en-GB',
		...inConsoleGuild(now),
	} as APIChatInputApplicationCommandInteraction;
}
