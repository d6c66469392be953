// The bot's test kit: interactions as Discord sends them, built once for every test (core, pages, transports) and
// the benchmarks. Minimal payloads (`command`, `autocomplete`, `press`) carry the fields the core reads plus a user;
// the full ones (`figuresInteraction`, ...) are built as the console builds them, every field Discord sends.
import {
	type APIInteraction,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ComponentType,
	InteractionContextType,
	InteractionType,
} from 'discord-api-types/v10';
import { buildCommandInteraction } from '../../console/build-command-interaction.js';

type Value = string | boolean | number;

/**
 * A slash command interaction as Discord sends it (the fields the core reads, plus a user), for tests.
 *
 * @example
 * ```ts
 * command('figures', { area: 'Derbyshire', year: '2016/17' });
 * ```
 */
export function command(name: string, options: Record<string, Value> = {}, userId = '100'): APIInteraction {
	return {
		id: '1',
		application_id: '2',
		type: InteractionType.ApplicationCommand,
		token: 'test',
		version: 1,
		member: { user: { id: userId, username: 'tester' } },
		data: {
			id: '3',
			type: ApplicationCommandType.ChatInput,
			name,
			options: Object.entries(options).map(([key, value]) => ({
				name: key,
				type: typeof value === 'boolean' ? ApplicationCommandOptionType.Boolean : ApplicationCommandOptionType.String,
				value,
			})),
		},
	} as unknown as APIInteraction;
}

/**
 * An autocomplete interaction with one focused option.
 *
 * @example
 * ```ts
 * autocomplete('figures', 'year', '', { area: 'Derbyshire' });
 * ```
 */
export function autocomplete(
	name: string,
	focused: string,
	value: string,
	others: Record<string, string> = {},
): APIInteraction {
	return {
		id: '1',
		application_id: '2',
		type: InteractionType.ApplicationCommandAutocomplete,
		token: 'test',
		version: 1,
		member: { user: { id: '100', username: 'tester' } },
		data: {
			id: '3',
			type: ApplicationCommandType.ChatInput,
			name,
			options: [
				...Object.entries(others).map(([key, v]) => ({
					name: key,
					type: ApplicationCommandOptionType.String,
					value: v,
				})),
				{ name: focused, type: ApplicationCommandOptionType.String, value, focused: true },
			],
		},
	} as unknown as APIInteraction;
}

/**
 * A button press (MESSAGE_COMPONENT, type 3) as Discord sends it, in a guild or, with `dm`, in a DM (no guild,
 * the user at the top level).
 *
 * @example
 * ```ts
 * press('sp1:fs0:0:…', { messageFlags: 64 });
 * ```
 */
export function press(
	customId: unknown,
	options: { readonly messageFlags?: number; readonly dm?: boolean; readonly userId?: string } = {},
): APIInteraction {
	const user = { id: options.userId ?? '100', username: 'tester' };
	return {
		id: '1',
		application_id: '2',
		type: InteractionType.MessageComponent,
		token: 'test',
		version: 1,
		...(options.dm
			? { user, context: InteractionContextType.BotDM }
			: { member: { user }, guild_id: '5', context: InteractionContextType.Guild }),
		message: { id: '4', flags: options.messageFlags ?? 0, components: [] },
		data: { custom_id: customId, component_type: ComponentType.Button },
	} as unknown as APIInteraction;
}

/** Discord's PING, sent when the endpoint URL is saved in the Developer Portal. */
export function pingInteraction(): APIInteraction {
	const { id, application_id, token } = buildCommandInteraction('ping', []);
	return { id, application_id, token, type: InteractionType.Ping, version: 1 } as unknown as APIInteraction;
}

/** `/figures area:<area> [year:<year>]` as Discord sends it. */
export function figuresInteraction(area: string, year?: string): APIInteraction {
	return buildCommandInteraction('figures', [
		{ name: 'area', type: ApplicationCommandOptionType.String, value: area },
		...(year === undefined ? [] : [{ name: 'year', type: ApplicationCommandOptionType.String, value: year } as const]),
	]);
}

/** `/trend area:<area>` as Discord sends it. */
export function trendInteraction(area: string): APIInteraction {
	return buildCommandInteraction('trend', [{ name: 'area', type: ApplicationCommandOptionType.String, value: area }]);
}

/** An autocomplete interaction for `/figures` with `area` focused and partly typed. */
export function areaAutocompleteInteraction(typed: string): APIInteraction {
	const base = buildCommandInteraction('figures', []);
	return {
		...base,
		type: InteractionType.ApplicationCommandAutocomplete,
		data: {
			...base.data,
			options: [{ name: 'area', type: ApplicationCommandOptionType.String, value: typed, focused: true }],
		},
	} as unknown as APIInteraction;
}
