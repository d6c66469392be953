import { MAX_FREE_TEXT_LENGTH } from '@signpost-uk/domain';
import {
	type APIApplicationCommandOption,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ApplicationIntegrationType,
	InteractionContextType,
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
export const COMMAND_NAMES = [
	'figures',
	'compare',
	'trend',
	'national',
	'sources',
	'support',
	'help',
	'about',
] as const;
/** One of the bot's slash command names. */
export type CommandName = (typeof COMMAND_NAMES)[number];

/**
 * The longest text any string option takes: the domain's `MAX_FREE_TEXT_LENGTH` (2,000 characters), not a place
 * name's length, so that a person who types a long message into any box still reaches the person check and gets help
 * first (Discord stops typing at `max_length`). A query longer than its own field reads as no match, privately.
 */
const TEXT_MAX_LENGTH = MAX_FREE_TEXT_LENGTH;

const area = (name: string, description: string, required = true): APIApplicationCommandOption => ({
	type: ApplicationCommandOptionType.String,
	name,
	description,
	required,
	autocomplete: true,
	max_length: TEXT_MAX_LENGTH,
});

const AREA = 'Police force area, nation or the UK';

const year: APIApplicationCommandOption = {
	type: ApplicationCommandOptionType.String,
	name: 'year',
	description: 'Financial year, e.g. 2016/17 (default: the latest year held)',
	autocomplete: true,
	max_length: TEXT_MAX_LENGTH,
};

const measure: APIApplicationCommandOption = {
	type: ApplicationCommandOptionType.String,
	name: 'measure',
	description: 'What is counted (default: everything held)',
	autocomplete: true,
	max_length: TEXT_MAX_LENGTH,
};

const privately = (byDefault: boolean): APIApplicationCommandOption => ({
	type: ApplicationCommandOptionType.Boolean,
	name: 'private',
	description: `Only you see the reply (default: ${byDefault})`,
});

/**
 * Where every command can be used: installed to a server or to a user's account (integration types 0 and 1), in
 * servers, in DMs with the bot and in other DMs and group DMs (contexts 0, 1 and 2). Replies never need a guild.
 */
const EVERYWHERE = {
	integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
	contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} as const;

const command = (
	name: CommandName,
	description: string,
	options: APIApplicationCommandOption[],
): RESTPostAPIChatInputApplicationCommandsJSONBody => ({
	type: ApplicationCommandType.ChatInput,
	name,
	description,
	integration_types: [...EVERYWHERE.integration_types],
	contexts: [...EVERYWHERE.contexts],
	options,
});

/**
 * The slash commands, as sent to Discord's bulk overwrite endpoint, installable to servers and user accounts.
 * Discord has no Welsh locale, so the Welsh names and descriptions (`welsh-commands.ts`) are not sent; see there.
 * One list serves the runtime, registration (`deploy-commands`), `/help` and the docs site's bot page.
 *
 * @example
 * ```ts
 * commandDefinitions.map((c) => `/${c.name}`); // ["/figures", "/compare", ...]
 * ```
 */
export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
	command('figures', 'Police-recorded child sexual offences for an area and year, with sources and caveats', [
		area('area', AREA),
		year,
		measure,
		privately(false),
	]),
	command('compare', 'Two areas side by side for one year', [
		area('area', 'First police force area'),
		area('with', 'Second police force area'),
		year,
		measure,
		privately(false),
	]),
	command('trend', 'Every year held for an area, with a chart and year-on-year changes computed by Signpost', [
		area('area', AREA),
		measure,
		privately(false),
	]),
	command('national', 'UK-wide and national figures for a year', [year, measure, privately(false)]),
	command('sources', 'The articles and releases every figure is quoted from', [
		area('area', 'Only the sources of this area’s figures', false),
		privately(false),
	]),
	command('support', 'Where to get help: Childline, the NSPCC Helpline, and 999 in an emergency', [privately(true)]),
	command('help', 'The commands, with an example of each', [privately(true)]),
	command('about', 'What this bot is, what recorded figures mean, and privacy', [privately(false)]),
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
