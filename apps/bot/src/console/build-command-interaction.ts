import {
	type APIApplicationCommandInteractionDataBasicOption,
	type APIChatInputApplicationCommandInteraction,
	ApplicationCommandType,
	ChannelType,
	type GuildMemberFlags,
	InteractionContextType,
	InteractionType,
} from 'discord-api-types/v10';

const DISCORD_EPOCH_MS = 1_420_070_400_000n;
/** A stable made-up application, guild, channel and user for the console: nothing here reaches Discord. */
export const CONSOLE_IDS = {
	application: '1100000000000000001',
	guild: '1100000000000000002',
	channel: '1100000000000000003',
	user: '1100000000000000004',
} as const;

let sequence = 0n;

/**
 * Makes a snowflake id for a moment, as Discord does (milliseconds since 2015 shifted left 22 bits, plus a sequence).
 *
 * @example
 * ```ts
 * snowflakeAt(Date.UTC(2026, 0, 1)); // '1456...'
 * ```
 */
export function snowflakeAt(ms: number): string {
	sequence = (sequence + 1n) % 4_096n;
	return (((BigInt(Math.floor(ms)) - DISCORD_EPOCH_MS) << 22n) | sequence).toString();
}

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
	const user = {
		id: CONSOLE_IDS.user,
		username: 'console',
		discriminator: '0',
		global_name: 'Console',
		avatar: null,
	};
	return {
		id: snowflakeAt(now),
		application_id: CONSOLE_IDS.application,
		type: InteractionType.ApplicationCommand,
		token: `console-${snowflakeAt(now)}`,
		version: 1,
		data: {
			id: snowflakeAt(now),
			name,
			type: ApplicationCommandType.ChatInput,
			...(options.length > 0 ? { options: [...options] } : {}),
		},
		guild_id: CONSOLE_IDS.guild,
		channel_id: CONSOLE_IDS.channel,
		channel: { id: CONSOLE_IDS.channel, type: ChannelType.GuildText },
		member: {
			user,
			roles: [],
			joined_at: new Date(now).toISOString(),
			deaf: false,
			mute: false,
			flags: 0 as GuildMemberFlags,
			permissions: '0',
		},
		app_permissions: '0',
		locale: 'en-GB',
		guild_locale: 'en-GB',
		entitlements: [],
		authorizing_integration_owners: { 0: CONSOLE_IDS.guild },
		context: InteractionContextType.Guild,
		attachment_size_limit: 10_485_760,
	} as APIChatInputApplicationCommandInteraction;
}
