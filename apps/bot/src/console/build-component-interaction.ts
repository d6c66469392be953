import { type APIMessageComponentButtonInteraction, ComponentType, InteractionType } from 'discord-api-types/v10';
import { CONSOLE_IDS, inConsoleDm, inConsoleGuild, interactionEnvelope, snowflakeAt } from './interaction-envelope.js';

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
	return {
		...interactionEnvelope(InteractionType.MessageComponent, now),
		data: { custom_id: customId, component_type: ComponentType.Button },
		message: {
			id: snowflakeAt(now),
			channel_id: CONSOLE_IDS.channel,
			flags: message.flags ?? 0,
			type: 20,
			content: '',
			embeds: [],
			components: [],
		},
		...(options.dm ? inConsoleDm() : inConsoleGuild(now)),
	} as unknown as APIMessageComponentButtonInteraction;
}
