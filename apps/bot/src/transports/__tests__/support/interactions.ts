import { type APIInteraction, ApplicationCommandOptionType, InteractionType } from 'discord-api-types/v10';
import { buildCommandInteraction } from '../../../console/build-command-interaction.js';

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

/** The two help numbers every reply must carry. */
export const HELP_NUMBERS = ['0800 1111', '0808 800 5000'] as const;
