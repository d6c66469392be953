import { parseArgs } from 'node:util';

/** The commands the `signpost` binary knows. */
export const COMMANDS = [
	'figures',
	'series',
	'areas',
	'measures',
	'age-bands',
	'ons',
	'hierarchy',
	'helplines',
	'coverage',
	'export',
	'changes',
	'compare',
	'national',
] as const;
/** One of {@link COMMANDS}. */
export type Command = (typeof COMMANDS)[number];
/** How to print: for people, as JSON, or as CSV. */
export type OutputFormat = 'text' | 'json' | 'csv';

/**
 * The options that narrow an answer: a range of years (series), a breakdown (figures and series), a year (compare)
 * and a measure (figures, compare and national).
 */
export interface CommandFilters {
	readonly from?: string;
	readonly year?: string;
	readonly measure?: string;
	readonly to?: string;
	readonly ageBand?: string;
	readonly sex?: string;
	readonly platform?: string;
}

/** A command line read: what to run, or why it cannot be run. */
export type CommandLine =
	| {
			readonly kind: 'run';
			readonly command: Command;
			readonly args: readonly string[];
			readonly format: OutputFormat;
			readonly filters: CommandFilters;
	  }
	| { readonly kind: 'help'; readonly format: OutputFormat }
	| { readonly kind: 'version'; readonly format: OutputFormat }
	| { readonly kind: 'usage-error'; readonly message: string; readonly format: OutputFormat };

/** How many words each command takes after its name: at least, at most. */
const ARITY: Record<Command, readonly [min: number, max: number]> = {
	figures: [1, 2],
	series: [1, 2],
	areas: [0, 1],
	measures: [0, 0],
	'age-bands': [0, 0],
	ons: [1, 1],
	hierarchy: [1, 1],
	helplines: [0, 0],
	coverage: [0, 0],
	export: [1, 1],
	changes: [2, 2],
	// The API reads the list of areas and says when there are too many.
	compare: [2, Number.POSITIVE_INFINITY],
	national: [0, 1],
};
const NEEDS: Record<Command, string> = {
	figures: 'an area, e.g. Derbyshire',
	series: 'an area, e.g. Derbyshire',
	areas: '',
	measures: '',
	'age-bands': '',
	ons: 'an ONS Police Force Area code, e.g. E23000018',
	hierarchy: 'an area, e.g. Wales',
	helplines: '',
	coverage: '',
	export: 'a directory to write the data package to',
	changes: 'two releases: data package directories or dataset.json files',
	compare: 'two or more areas, e.g. Derbyshire Staffordshire',
	national: '',
};

/** The filter options, each with the commands it applies to. */
const FILTERS = {
	from: { key: 'from', commands: ['series'] },
	to: { key: 'to', commands: ['series'] },
	year: { key: 'year', commands: ['compare'] },
	measure: { key: 'measure', commands: ['figures', 'compare', 'national'] },
	'age-band': { key: 'ageBand', commands: ['figures', 'series'] },
	sex: { key: 'sex', commands: ['figures', 'series'] },
	platform: { key: 'platform', commands: ['figures', 'series'] },
} as const satisfies Record<string, { key: keyof CommandFilters; commands: readonly Command[] }>;

/**
 * Reads the `signpost` command line. Messages never repeat what was typed.
 *
 * @param argv - the arguments after the binary name
 * @returns the command to run, a request for usage, or a usage error
 * @example
 * ```ts
 * parseCommandLine(['figures', 'Derbyshire', '2016/17', '--json']);
 * // { kind: 'run', command: 'figures', args: ['Derbyshire', '2016/17'], format: 'json', filters: {} }
 * ```
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
	let parsed: ReturnType<typeof read>;
	try {
		parsed = read(argv);
	} catch {
		return {
			kind: 'usage-error',
			message:
				'Unknown option, or an option without its value. The options are --json, --csv, --from, --to, --year, --measure, --age-band, --sex, --platform, --help and --version.',
			format: 'text',
		};
	}
	const { values, positionals } = parsed;
	if (values.json && values.csv) {
		return { kind: 'usage-error', message: 'Choose one of --json and --csv.', format: 'text' };
	}
	const format: OutputFormat = values.json ? 'json' : values.csv ? 'csv' : 'text';
	const [name, ...args] = positionals;
	if (values.version) return { kind: 'version', format };
	if (values.help || name === 'help') return { kind: 'help', format };
	if (name === undefined) return { kind: 'usage-error', message: 'Name a command.', format };
	const command = COMMANDS.find((c) => c === name.toLowerCase());
	if (!command) {
		return { kind: 'usage-error', message: `Unknown command. The commands are ${COMMANDS.join(', ')}.`, format };
	}
	const problem = argumentsProblem(command, args.length) ?? filterProblem(command, values);
	if (problem) return { kind: 'usage-error', message: problem, format };
	return { kind: 'run', command, args, format, filters: filtersOf(values) };
}

type OptionValues = ReturnType<typeof read>['values'];

/** Why a command cannot take this many arguments, if it cannot. */
function argumentsProblem(command: Command, count: number): string | undefined {
	const [min, max] = ARITY[command];
	if (count < min) return `"signpost ${command}" needs ${NEEDS[command]}.`;
	if (count > max) return `Too many arguments for "signpost ${command}".`;
	return undefined;
}

/** The first filter option given to a command it does not apply to, as a message. */
function filterProblem(command: Command, values: OptionValues): string | undefined {
	for (const [option, { commands }] of Object.entries(FILTERS)) {
		if (values[option as keyof typeof FILTERS] === undefined) continue;
		if ((commands as readonly Command[]).includes(command)) continue;
		const where = commands.map((c) => `"signpost ${c}"`).join(' and ');
		return `--${option} applies to ${where} only.`;
	}
	return undefined;
}

/** The filter options given, under their {@link CommandFilters} names. */
function filtersOf(values: OptionValues): CommandFilters {
	const filters: { -readonly [K in keyof CommandFilters]: string } = {};
	for (const [option, { key }] of Object.entries(FILTERS)) {
		const value = values[option as keyof typeof FILTERS];
		if (value !== undefined) filters[key] = value;
	}
	return filters;
}

function read(argv: readonly string[]) {
	return parseArgs({
		args: [...argv],
		allowPositionals: true,
		strict: true,
		options: {
			json: { type: 'boolean' },
			csv: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' },
			version: { type: 'boolean', short: 'v' },
			from: { type: 'string' },
			to: { type: 'string' },
			year: { type: 'string' },
			measure: { type: 'string' },
			'age-band': { type: 'string' },
			sex: { type: 'string' },
			platform: { type: 'string' },
		},
	});
}
