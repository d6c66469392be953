import { type PersonSpeaking, personIn, type QueryInputs } from '@signpost-uk/domain';
import type { CommandLine } from './parse-command-line.js';

/** Commands whose arguments and options the API reads for a person itself: its help-first answer names the input. */
const READ_BY_THE_API: ReadonlySet<string> = new Set([
	'figures',
	'series',
	'areas',
	'hierarchy',
	'ons',
	'compare',
	'national',
]);

/**
 * The help-first reply when what was typed on the command line reads as a person speaking, before the command does
 * anything with it: an `export` folder or a `changes` path is never named after a person's words, and an unknown
 * command or too many arguments (a message typed without quotes) gets help, not a usage error. Every argument is
 * read all together and on its own (flags left out); for the commands the API answers, each argument is left
 * to the API, whose answer names it (`area`), and only words split across arguments are read here.
 *
 * @param line - the command line as read
 * @param argv - the arguments after the binary name
 * @returns the help-first reply, or undefined when nothing typed reads as a person
 * @example
 * ```ts
 * personTyped(parseCommandLine(['export', 'i want to die']), ['export', 'i want to die'])?.status; // "help-first"
 * personTyped(parseCommandLine(['figures', 'Kent']), ['figures', 'Kent']); // undefined
 * personTyped(parseCommandLine(['help']), ['help']); // undefined
 * ```
 */
export function personTyped(line: CommandLine, argv: readonly string[]): PersonSpeaking | undefined {
	const words = argv.filter((text) => !text.startsWith('-'));
	// "signpost help" asks for the usage (which ends with the help lines); "signpost help me please" is read.
	if (line.kind === 'help' && words.length <= 1) return undefined;
	const each: QueryInputs = words.map((text, i) => [`args.${i}`, text]);
	const all: QueryInputs = [['args', words.join(' ')]];
	if (line.kind === 'run' && READ_BY_THE_API.has(line.command))
		return personIn(each, {}) ? undefined : personIn(all, {});
	// All together first: a message typed without quotes is read whole, with every concern it holds.
	return personIn([...all, ...each], {});
}
