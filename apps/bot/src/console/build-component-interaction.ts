import {
	type APIMessageComponentButtonInteraction,
	ComponentType,
	InteractionContextType,
	InteractionType,
} from 'discord-api-types/v10';
import { CONSOLE_IDS, snowflakeAt } from './build-command-interaction.js';

/**
 * Builds a button press (MESSAGE_COMPONENT, type 3) shaped like the ones Discord sends, for `pnpm ask --press` and
 * tests: the `custom_id` of the button pressed and the message it was on. In DMs when `dm` is set (no guild).
 *
 * @example
 * ```ts
 * const press = buildComponentInteraction('sp1:fs0:0:…', { flags: 0 });
 * ```
 */
export function buildComponentInteraction(
	customId: string,
	message: { readonly flags?: number } = {},
	options: { readonly now?: number; readonly dm?: boolean } = {},
): APIMessageComponentButtonInteraction {
	const now = options.now ?? Date.now();
	const user = { id: CONSOLE_IDS.user, username: 'console', discriminator: '0', global_name: 'Console', avatar: null };
	const where = options.dm
		? { user, context: InteractionContextType.BotDM, authorizing_integration_owners: { 1: CONSOLE_IDS.user } }
		: {
				guild_id: CONSOLE_IDS.guild,
				member: {
					user,
					roles: [],
					joined_at: new Date(now).toISOString(),
					deaf: false,
					mute: false,
					flags: 0,
					permissions: '0',
				},
				context: InteractionContextType.Guild,
				authorizing_integration_owners: { 0: CONSOLE_IDS.guild },
			};
	return {
		id: snowflakeAt(now),
		application_id: CONSOLE_IDS.application,
		type: InteractionType.MessageComponent,
		token: `console-${snowflakeAt(now)}`,
		version: 1,
		data: { custom_id: customId, component_type: ComponentType.Button },
		channel_id: CONSOLE_IDS.channel,
		message: {
			id: snowflakeAt(now),
			channel_id: CONSOLE_IDS.channel,
			flags: message.flags ?? 0,
			type: 20,
			content: '',
			embeds: [],
			components: [],
		},
		app_permissions: '0',
		locale: 'en-GB',
		entitlements: [],
		attachment_size_limit: 10_485_760,
		...where,
	} as unknown as APIMessageComponentButtonInteraction;
}
