import type { Locale } from '@signpost-uk/domain';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { type CommandName, commandDefinitions, isCommandName } from './definitions.js';

/** A name and description in Welsh. */
export interface WelshText {
	readonly name: string;
	readonly description: string;
}

/** A command's Welsh name and description, and its options'. */
export interface WelshCommand extends WelshText {
	readonly options: Readonly<Record<string, WelshText>>;
}

const area: WelshText = { name: 'ardal', description: "Ardal heddlu, gwlad neu'r DU" };
const year: WelshText = {
	name: 'blwyddyn',
	description: 'Blwyddyn ariannol, e.e. 2016/17 (diofyn: y flwyddyn ddiweddaraf a gedwir)',
};
const measure: WelshText = { name: 'mesur', description: "Beth sy'n cael ei gyfrif (diofyn: popeth a gedwir)" };
const privately = (byDefault: boolean): WelshText => ({
	name: 'preifat',
	description: `Dim ond chi sy'n gweld yr ateb (diofyn: ${byDefault ? 'ie' : 'na'})`,
});

/**
 * The commands' names and descriptions in Welsh (`cy`). Discord's API has no Welsh locale (its `Locale` list, which
 * `validateDefinitions` checks, has none), and it refuses a whole registration that names an unknown locale, so
 * these cannot be sent as `name_localizations`. Instead each is registered as a command of its own
 * ({@link welshCommandDefinitions}: `/ffigurau`, `/cymharu`, ...), which answers like its English twin, in Welsh.
 * Every Welsh name differs from every English one (Welsh `/help` is `/gorchmynion`, "commands").
 *
 * @example
 * ```ts
 * welshCommands.figures.name; // "ffigurau"
 * ```
 */
export const welshCommands: Readonly<Record<CommandName, WelshCommand>> = {
	figures: {
		name: 'ffigurau',
		description: 'Troseddau rhyw yn erbyn plant a gofnodwyd gan yr heddlu mewn ardal a blwyddyn, gyda ffynonellau',
		options: { area, year, measure, private: privately(false) },
	},
	compare: {
		name: 'cymharu',
		description: 'Dwy ardal ochr yn ochr am un flwyddyn',
		options: {
			area: { name: 'ardal', description: 'Yr ardal heddlu gyntaf' },
			with: { name: 'gyda', description: 'Yr ail ardal heddlu' },
			year,
			measure,
			private: privately(false),
		},
	},
	trend: {
		name: 'tuedd',
		description: 'Pob blwyddyn a gedwir ar gyfer ardal, gyda siart a newidiadau a gyfrifwyd gan Signpost',
		options: { area, measure, private: privately(false) },
	},
	national: {
		name: 'cenedlaethol',
		description: "Ffigurau'r DU a'r gwledydd am flwyddyn",
		options: { year, measure, private: privately(false) },
	},
	sources: {
		name: 'ffynonellau',
		description: "Yr erthyglau a'r datganiadau y dyfynnir pob ffigur ohonynt",
		options: {
			area: { name: 'ardal', description: "Dim ond ffynonellau ffigurau'r ardal hon" },
			private: privately(false),
		},
	},
	support: {
		name: 'cymorth',
		description: 'Ble i gael help: Childline, Llinell Gymorth yr NSPCC, a 999 mewn argyfwng',
		options: { private: privately(true) },
	},
	help: {
		name: 'gorchmynion',
		description: 'Y gorchmynion, gydag enghraifft o bob un',
		options: { private: privately(true) },
	},
	about: {
		name: 'ynghylch',
		description: "Beth yw'r bot hwn, beth mae ffigurau a gofnodwyd yn ei olygu, a phreifatrwydd",
		options: { private: privately(false) },
	},
};

/** Each Welsh command name, with the English command it answers as. */
const BY_WELSH_NAME: ReadonlyMap<string, CommandName> = new Map(
	Object.entries(welshCommands).map(([name, welsh]) => [welsh.name, name as CommandName]),
);

/**
 * The Welsh commands as registered with Discord: each English definition with its Welsh name, description and
 * option names and descriptions (types, requirements, autocomplete and lengths unchanged), checked by the same rules.
 *
 * @example
 * ```ts
 * welshCommandDefinitions.map((c) => c.name); // ["ffigurau", "cymharu", "tuedd", ...]
 * ```
 */
export const welshCommandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = commandDefinitions.map(
	(definition) => {
		const welsh = welshCommands[definition.name as CommandName];
		return {
			...definition,
			name: welsh.name,
			description: welsh.description,
			options: (definition.options ?? []).map((option) => ({
				...option,
				name: welsh.options[option.name]?.name ?? option.name,
				description: welsh.options[option.name]?.description ?? option.description,
			})),
		} as RESTPostAPIChatInputApplicationCommandsJSONBody;
	},
);

/**
 * Every command registered with Discord: the English ones, then the Welsh ones. The console reads both.
 *
 * @example
 * ```ts
 * allCommandDefinitions.length; // 16
 * ```
 */
export const allCommandDefinitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
	...commandDefinitions,
	...welshCommandDefinitions,
];

/** A command name as received: the command it answers as, and the language it answers in. */
export interface NamedCommand {
	readonly name: CommandName;
	readonly locale: Locale;
}

/**
 * Reads a received command name: an English name answers in English, a Welsh one as its English twin in Welsh;
 * anything else is undefined.
 *
 * @example
 * ```ts
 * readCommandName('ffigurau'); // { name: "figures", locale: "cy" }
 * readCommandName('figures'); // { name: "figures", locale: "en" }
 * ```
 */
export function readCommandName(name: unknown): NamedCommand | undefined {
	if (isCommandName(name)) return { name, locale: 'en' };
	const english = typeof name === 'string' ? BY_WELSH_NAME.get(name) : undefined;
	return english ? { name: english, locale: 'cy' } : undefined;
}

/**
 * A Welsh command's option name as its English twin names it ("ardal" → "area"), so one handler reads both; a name
 * that is not a Welsh option of that command is kept as it is.
 *
 * @example
 * ```ts
 * englishOptionName('figures', 'blwyddyn'); // "year"
 * ```
 */
export function englishOptionName(command: CommandName, name: string): string {
	for (const [english, welsh] of Object.entries(welshCommands[command].options))
		if (welsh.name === name) return english;
	return name;
}

/**
 * A Welsh command's `data` with its options renamed to the English names ("ardal" → "area"), read defensively (a
 * payload that is not as expected is returned unchanged, and read as missing options later).
 *
 * @example
 * ```ts
 * withEnglishOptionNames('figures', { name: 'ffigurau', options: [{ name: 'ardal', value: 'Caerdydd' }] });
 * // { name: 'ffigurau', options: [{ name: 'area', value: 'Caerdydd' }] }
 * ```
 */
export function withEnglishOptionNames(command: CommandName, data: unknown): unknown {
	if (typeof data !== 'object' || data === null) return data;
	const options = (data as { options?: unknown }).options;
	if (!Array.isArray(options)) return data;
	return {
		...data,
		options: options.map((option: unknown) =>
			typeof option === 'object' && option !== null && typeof (option as { name?: unknown }).name === 'string'
				? { ...option, name: englishOptionName(command, (option as { name: string }).name) }
				: option,
		),
	};
}

/**
 * An English command line as its Welsh command writes it: `/figures area:Derbyshire` → `/ffigurau ardal:Derbyshire`
 * (the command's name and each option's name; values unchanged).
 *
 * @example
 * ```ts
 * welshCommandLine('compare', '/compare area:Derbyshire with:Staffordshire'); // "/cymharu ardal:Derbyshire gyda:Staffordshire"
 * ```
 */
export function welshCommandLine(command: CommandName, line: string): string {
	const welsh = welshCommands[command];
	return line
		.replace(`/${command}`, `/${welsh.name}`)
		.replace(/(^|\s)([a-z]+):/g, (whole, space: string, name: string) =>
			welsh.options[name] ? `${space}${welsh.options[name].name}:` : whole,
		);
}
