import {
	type APIApplicationCommandOption,
	Locale,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { DISCORD_LIMITS } from '../util/constants.js';

const LOCALES: ReadonlySet<string> = new Set(Object.values(Locale));

const NAME = new RegExp(`^[-_'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,${DISCORD_LIMITS.commandName}}$`, 'u');
const { commandDescription: MAX_DESCRIPTION, commandOptions: MAX_OPTIONS, optionChoices: MAX_CHOICES } = DISCORD_LIMITS;
const { choiceName: MAX_CHOICE_NAME, choiceValue: MAX_CHOICE_VALUE, commandCharacters: MAX_TOTAL } = DISCORD_LIMITS;

type Localizations = Readonly<Partial<Record<string, string | null>>> | null | undefined;

interface Localized {
	readonly name: string;
	readonly description: string;
	readonly name_localizations?: Localizations;
	readonly description_localizations?: Localizations;
}

interface OptionLike extends Localized {
	readonly required?: boolean;
	readonly autocomplete?: boolean;
	readonly choices?: readonly { readonly name: string; readonly value: string | number }[];
	readonly options?: readonly OptionLike[];
}

function checkName(name: string, where: string, problems: string[]): void {
	if (!NAME.test(name)) problems.push(`${where}: name "${name}" does not match Discord's name pattern`);
	if (name !== name.toLowerCase()) problems.push(`${where}: name "${name}" must be lower case`);
}

function checkDescription(description: string, where: string, problems: string[]): void {
	if (description.length < 1 || description.length > MAX_DESCRIPTION)
		problems.push(`${where}: description must be 1 to ${MAX_DESCRIPTION} characters (it has ${description.length})`);
}

/** The longest of a text and its translations: Discord counts the longest towards a command's 8,000. */
function longest(text: string, localizations: Localizations): number {
	return Math.max(text.length, ...Object.values(localizations ?? {}).map((t) => t?.length ?? 0));
}

/**
 * Checks a name's and description's translations: each locale one Discord knows, each name by the same pattern and
 * lower case as the default, each description 1 to 100 characters.
 */
function checkLocalizations(item: Localized, where: string, problems: string[]): void {
	for (const [locale, name] of Object.entries(item.name_localizations ?? {})) {
		if (!LOCALES.has(locale)) problems.push(`${where}: "${locale}" is not a locale Discord knows`);
		if (typeof name === 'string') checkName(name, `${where} (${locale})`, problems);
	}
	for (const [locale, description] of Object.entries(item.description_localizations ?? {})) {
		if (!LOCALES.has(locale)) problems.push(`${where}: "${locale}" is not a locale Discord knows`);
		if (typeof description === 'string') checkDescription(description, `${where} (${locale})`, problems);
	}
}

/** Characters of names, descriptions and choice names and values, as Discord counts towards its 8,000. */
function size(option: OptionLike): number {
	let total =
		longest(option.name, option.name_localizations) + longest(option.description, option.description_localizations);
	for (const choice of option.choices ?? []) total += choice.name.length + String(choice.value).length;
	for (const child of option.options ?? []) total += size(child);
	return total;
}

/** An option's choices: at most 25, not beside autocomplete, names of 1 to 100 characters, values of at most 100. */
function checkChoices(option: OptionLike, at: string, problems: string[]): void {
	const choices = option.choices ?? [];
	if (choices.length > MAX_CHOICES) problems.push(`${at}: ${choices.length} choices (at most ${MAX_CHOICES})`);
	if (option.autocomplete && choices.length > 0) problems.push(`${at}: has both autocomplete and choices`);
	for (const choice of choices) {
		if (choice.name.length < 1 || choice.name.length > MAX_CHOICE_NAME)
			problems.push(`${at}: choice name must be 1 to ${MAX_CHOICE_NAME} characters`);
		if (typeof choice.value === 'string' && choice.value.length > MAX_CHOICE_VALUE)
			problems.push(`${at}: choice value over ${MAX_CHOICE_VALUE} characters`);
	}
}

function checkOptions(options: readonly OptionLike[], where: string, problems: string[]): void {
	if (options.length > MAX_OPTIONS) problems.push(`${where}: ${options.length} options (at most ${MAX_OPTIONS})`);
	const names = new Set<string>();
	let optionalSeen = false;
	for (const option of options) {
		const at = `${where} ${option.name}`;
		checkName(option.name, at, problems);
		checkDescription(option.description, at, problems);
		checkLocalizations(option, at, problems);
		if (names.has(option.name)) problems.push(`${at}: option name used twice`);
		names.add(option.name);
		if (option.required && optionalSeen) problems.push(`${at}: a required option comes after an optional one`);
		if (!option.required) optionalSeen = true;
		checkChoices(option, at, problems);
		if (option.options) checkOptions(option.options, at, problems);
	}
}

/**
 * Checks command definitions against Discord's rules before anything is sent: name pattern and lower case,
 * description 1 to 100 (translations too, in locales Discord knows), at most 25 options and 25 choices, required options first, unique option names, never
 * autocomplete with choices, at most 8,000 characters per command, unique command names.
 *
 * @returns The problems found, one sentence each; empty when the definitions are valid.
 * @example
 * ```ts
 * const problems = validateDefinitions(commandDefinitions);
 * if (problems.length) throw new Error(problems.join('\n'));
 * ```
 */
export function validateDefinitions(definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[]): string[] {
	const problems: string[] = [];
	const names = new Set<string>();
	for (const definition of definitions) {
		const where = `/${definition.name}`;
		checkName(definition.name, where, problems);
		checkDescription(definition.description, where, problems);
		checkLocalizations(definition as Localized, where, problems);
		if (names.has(definition.name)) problems.push(`${where}: command name used twice`);
		names.add(definition.name);
		const options = (definition.options ?? []) as readonly APIApplicationCommandOption[] as readonly OptionLike[];
		checkOptions(options, where, problems);
		const total =
			longest(definition.name, definition.name_localizations) +
			longest(definition.description, definition.description_localizations) +
			options.reduce((n, o) => n + size(o), 0);
		if (total > MAX_TOTAL) problems.push(`${where}: ${total} characters in all (at most ${MAX_TOTAL})`);
	}
	return problems;
}
