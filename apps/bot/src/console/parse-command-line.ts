import {
	type APIApplicationCommandInteractionDataBasicOption,
	type APIApplicationCommandOption,
	type APIChatInputApplicationCommandInteraction,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { buildCommandInteraction } from './build-command-interaction.js';
import { CommandLineSyntaxError, tokenizeCommandLine } from './tokenize-command-line.js';

/** The outcome of {@link parseCommandLine}: an interaction as Discord would send it, or why the line was refused. */
export type ParsedCommandLine =
	| { readonly ok: true; readonly interaction: APIChatInputApplicationCommandInteraction }
	| { readonly ok: false; readonly error: string };

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'off', '0']);
const OPTION_WORD = /^([-_'\p{L}\p{N}]{1,32}):(.*)$/su;

function typeName(type: ApplicationCommandOptionType): string {
	return ApplicationCommandOptionType[type]?.toLowerCase() ?? 'option';
}

function convertValue(
	option: APIApplicationCommandOption,
	text: string,
): { readonly value: string | number | boolean } | { readonly error: string } {
	switch (option.type) {
		case ApplicationCommandOptionType.String:
			return text.length === 0 ? { error: `${option.name} needs a value.` } : { value: text };
		case ApplicationCommandOptionType.Integer: {
			if (!/^[-+]?\d+$/.test(text)) return { error: `${option.name} must be a whole number.` };
			return { value: Number.parseInt(text, 10) };
		}
		case ApplicationCommandOptionType.Number: {
			const value = Number(text);
			return text.trim() !== '' && Number.isFinite(value) ? { value } : { error: `${option.name} must be a number.` };
		}
		case ApplicationCommandOptionType.Boolean: {
			const lower = text.toLowerCase();
			if (TRUE_WORDS.has(lower)) return { value: true };
			if (FALSE_WORDS.has(lower)) return { value: false };
			return { error: `${option.name} must be true or false.` };
		}
		default:
			return { error: `${option.name} is a ${typeName(option.type)} option, which the console cannot send.` };
	}
}

/**
 * Types each `name:value` word by the command's declared options; the first unknown, repeated or mistyped option
 * is the error (named, never echoing the value).
 */
function parseOptions(
	command: string,
	declared: readonly APIApplicationCommandOption[],
	words: readonly string[],
): { options: APIApplicationCommandInteractionDataBasicOption[] } | { error: string } {
	const options: APIApplicationCommandInteractionDataBasicOption[] = [];
	for (const word of words) {
		const match = OPTION_WORD.exec(word);
		if (!match) {
			return {
				error: `Options are written name:value, for example area:Derbyshire or area:"Thames Valley".`,
			};
		}
		const optionName = (match[1] as string).toLowerCase();
		const option = declared.find((candidate) => candidate.name === optionName);
		if (!option) {
			const known = declared.map((candidate) => candidate.name).join(', ') || 'none';
			return { error: `/${command} has no option of that name. Its options: ${known}.` };
		}
		if (options.some((given) => given.name === option.name)) {
			return { error: `${option.name} is given twice.` };
		}
		const converted = convertValue(option, match[2] as string);
		if ('error' in converted) return { error: converted.error };
		options.push({
			name: option.name,
			type: option.type,
			value: converted.value,
		} as APIApplicationCommandInteractionDataBasicOption);
	}
	return { options };
}

/**
 * Turns a slash command line such as `/figures area:"Thames Valley" year:2016/17` into the chat input interaction
 * Discord would send, typing each option from the command definitions (string, integer, number, boolean). Refuses
 * unknown commands and options, repeated options, values of the wrong type and missing required options, naming
 * the option but never echoing a value.
 *
 * @example
 * ```ts
 * const parsed = parseCommandLine('/figures area:Derbyshire year:2016/17', commandDefinitions);
 * if (parsed.ok) handleInteraction(parsed.interaction);
 * ```
 */
export function parseCommandLine(
	line: string,
	definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): ParsedCommandLine {
	let words: string[];
	try {
		words = tokenizeCommandLine(line.trim());
	} catch (error) {
		if (error instanceof CommandLineSyntaxError) return { ok: false, error: error.message };
		throw error;
	}
	const [first, ...rest] = words;
	if (!first) return { ok: false, error: 'Type a slash command, for example /figures area:Derbyshire.' };
	if (!first.startsWith('/') || first.length === 1) {
		return { ok: false, error: 'A command starts with a slash, for example /figures area:Derbyshire.' };
	}
	const name = first.slice(1).toLowerCase();
	const definition = definitions.find(
		(candidate) => candidate.name === name && (candidate.type ?? ApplicationCommandType.ChatInput) === 1,
	);
	if (!definition) {
		const names = definitions.map((candidate) => `/${candidate.name}`).join(', ');
		return { ok: false, error: `There is no command of that name. Commands: ${names}.` };
	}
	const declared = definition.options ?? [];
	const parsed = parseOptions(definition.name, declared, rest);
	if ('error' in parsed) return { ok: false, error: parsed.error };
	const { options } = parsed;
	const missing = declared.filter(
		(option) => 'required' in option && option.required && !options.some((given) => given.name === option.name),
	);
	if (missing.length > 0) {
		return {
			ok: false,
			error: `/${definition.name} needs ${missing.map((option) => `${option.name}:`).join(' and ')}.`,
		};
	}
	return { ok: true, interaction: buildCommandInteraction(definition.name, options) };
}
