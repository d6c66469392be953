import { type GuildMemberFlags, InteractionContextType, type InteractionType } from 'discord-api-types/v10';

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

/** The console's user, as Discord describes the one who acted. */
const CONSOLE_USER = {
	id: CONSOLE_IDS.user,
	username: 'console',
	discriminator: '0',
	global_name: 'Console',
	avatar: null,
};

/**
 * What every interaction the console builds carries, whatever its type: fresh ids and token, the application, the
 * channel, the locale and the app's limits.
 *
 * @example
 * ```ts
 * const envelope = interactionEnvelope(InteractionType.ApplicationCommand, Date.now());
 * ```
 */
export function interactionEnvelope<Type extends InteractionType>(type: Type, now: number) {
	return {
		id: snowflakeAt(now),
		application_id: CONSOLE_IDS.application,
		type,
		token: `console-${snowflakeAt(now)}`,
		version: 1,
		channel_id: CONSOLE_IDS.channel,
		app_permissions: '0',
		locale: 'en-GB',
		entitlements: [],
		attachment_size_limit: 10_485_760,
	};
}

/**
 * Where the console's interaction happened when in its guild: by the console user as a member who joined `now`.
 *
 * @example
 * ```ts
 * const where = inConsoleGuild(Date.now()); // { guild_id, member, context: Guild, ... }
 * ```
 */
export function inConsoleGuild(now: number) {
	return {
		guild_id: CONSOLE_IDS.guild,
		member: {
			user: CONSOLE_USER,
			roles: [],
			joined_at: new Date(now).toISOString(),
			deaf: false,
			mute: false,
			flags: 0 as GuildMemberFlags,
			permissions: '0',
		},
		context: InteractionContextType.Guild,
		authorizing_integration_owners: { 0: CONSOLE_IDS.guild },
	};
}

/**
 * Where the console's interaction happened when in a DM with the bot: by the console user alone, no guild.
 *
 * @example
 * ```ts
 * const where = inConsoleDm(); // { user, context: BotDM, ... }
 * ```
 */
export function inConsoleDm() {
	return {
		user: CONSOLE_USER,
		context: InteractionContextType.BotDM,
		authorizing_integration_owners: { 1: CONSOLE_IDS.user },
	};
}
