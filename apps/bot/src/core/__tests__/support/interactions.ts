import type { APIInteraction } from 'discord-api-types/v10';

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
		type: 2,
		token: 'test',
		version: 1,
		member: { user: { id: userId, username: 'tester' } },
		data: {
			id: '3',
			type: 1,
			name,
			options: Object.entries(options).map(([key, value]) => ({
				name: key,
				type: typeof value === 'boolean' ? 5 : 3,
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
		type: 4,
		token: 'test',
		version: 1,
		member: { user: { id: '100', username: 'tester' } },
		data: {
			id: '3',
			type: 1,
			name,
			options: [
				...Object.entries(others).map(([key, v]) => ({ name: key, type: 3, value: v })),
				{ name: focused, type: 3, value, focused: true },
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
		type: 3,
		token: 'test',
		version: 1,
		...(options.dm ? { user, context: 1 } : { member: { user }, guild_id: '5', context: 0 }),
		message: { id: '4', flags: options.messageFlags ?? 0, components: [] },
		data: { custom_id: customId, component_type: 2 },
	} as unknown as APIInteraction;
}
