import {
	type APIApplicationCommandOption,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

/**
 * The names of the bot's slash commands, in the order they are registered.
 *
 * @example
 * ```ts
 * COMMAND_NAMES.includes('figures'); // true
 * ```
 */
export const COMMAND_NAMES = ['figures', 'compare', 'trend', 'national', 'support', 'sources', 'about'] as const;
/** One of the bot's slash command names. */
export type CommandName = (typeof COMMAND_NAMES)[number];

const area = (name: string, description: string): APIApplicationCommandOption => ({
	type: ApplicationCommandOptionType.String,
	name,
	description,
	required: true,
	autocomplete: true,
	max_length: 100,
});

const year: APIApplicationCommandOption = {
	type: ApplicationCommandOptionType.String,
	name: 'year',
	description: 'Financial year, e.g. 2016/17 (default: the latest year held)',
	autocomplete: true,
	max_length: 20,
};

const measure: APIApplicationCommandOption = {
	type: ApplicationCommandOptionType.String,
	name: 'measure',
	description: 'What is counted (default: everything held)',
	autocomplete: true,
	max_length: 100,
};

const privately = (description: string): APIApplicationCommandOption => ({
	type: ApplicationCommandOptionType.Boolean,
	name: 'private',
	description,
});

const ONLY_YOU = 'Only you see the reply (default: false)';

/**
 * The slash commands, as sent to Discord's bulk overwrite endpoint. One list serves the runtime, registration
 * (`deploy-commands`) and the docs site's bot page.
 *
 * @example
 * ```ts
 * commandDefinitions.map((c) => `/${c.name}`); // ["/figures", "/compare", ...]
 * ```
 */
export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
	{
		type: ApplicationCommandType.ChatInput,
		name: 'figures',
		description: 'Police-recorded child sexual offences for an area and year, with sources and caveats',
		options: [area('area', 'Police force area, nation or the UK'), year, measure, privately(ONLY_YOU)],
	},
	{
		type: ApplicationCommandType.ChatInput,
		name: 'compare',
		description: 'Two areas side by side for one year',
		options: [
			area('area', 'First police force area'),
			area('with', 'Second police force area'),
			year,
			privately(ONLY_YOU),
		],
	},
	{
		type: ApplicationCommandType.ChatInput,
		name: 'trend',
		description: 'Every year held for an area, with year-on-year changes computed by Signpost',
		options: [area('area', 'Police force area, nation or the UK'), measure, privately(ONLY_YOU)],
	},
	{
		type: ApplicationCommandType.ChatInput,
		name: 'national',
		description: 'UK-wide and national figures for a year',
		options: [year, privately(ONLY_YOU)],
	},
	{
		type: ApplicationCommandType.ChatInput,
		name: 'support',
		description: 'Where to get help: Childline, the NSPCC Helpline, and 999 in an emergency',
		options: [privately('Only you see the reply (default: true)')],
	},
	{
		type: ApplicationCommandType.ChatInput,
		name: 'sources',
		description: 'The articles and releases every figure is quoted from',
	},
	{
		type: ApplicationCommandType.ChatInput,
		name: 'about',
		description: 'What this bot is, what recorded figures mean, and privacy',
	},
];

/**
 * Whether a name is one of the bot's commands.
 *
 * @example
 * ```ts
 * isCommandName('figures'); // true
 * ```
 */
export function isCommandName(name: unknown): name is CommandName {
	return typeof name === 'string' && (COMMAND_NAMES as readonly string[]).includes(name);
}
