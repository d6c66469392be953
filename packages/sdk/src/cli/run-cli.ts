import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	type Answer,
	type Area,
	datasetJsonSchema,
	datasetLine,
	formatNumber,
	LEDGER_OUTCOME_LABELS,
	type PersonSpeaking,
	renderHelp,
	type Signposting,
	type Suggestion,
	suggestionsLine,
} from '@signpost-uk/domain';
import { bundledSignpost } from '../api/bundled-signpost.js';
import type { CoverageResult } from '../api/results.js';
import type { Signpost } from '../api/signpost.js';
import { changesMarkdown, dataChanges } from '../export/data-changes.js';
import { dataPackage } from '../export/data-package.js';
import { getHelplines } from '../help/get-helplines.js';
import { csvField } from '../output/csv-field.js';
import { formatAnswer } from '../output/format-answer.js';
import { toCSV } from '../output/to-csv.js';
import { type CommandFilters, type CommandLine, type OutputFormat, parseCommandLine } from './parse-command-line.js';
import { personTyped } from './person-typed.js';
import { readRelease } from './read-release.js';
import { SDK_VERSION } from './sdk-version.js';
import { USAGE } from './usage.js';

/** Where the CLI writes. Each call is one block of output; a newline is added. */
export interface CliOutput {
	stdout(text: string): void;
	stderr(text: string): void;
}

/** Exit codes: found, nothing found, and a command line that could not be read. */
/**
 * The exit codes: 0 an answer, 1 no figure (not found), 2 input that cannot be read, 3 help first (what was typed
 * reads as a person speaking: the help is printed, and no figure).
 */
export const EXIT = { ok: 0, notFound: 1, usage: 2, helpFirst: 3 } as const;

const json = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * Runs one `signpost` command line and returns the exit code. Human output always ends with the help lines, JSON
 * output always has a `help` field, and CSV rows carry the help lines in their last column; when there is no row to
 * carry them, the message and the help lines go to stderr.
 *
 * Input the API cannot read (an age band it does not know, text that is not an ONS code) is a usage error: exit 2,
 * with the usage. What was typed that reads as a person speaking gets the help-first reply, exit 3, before anything
 * else (see `personTyped`): never echoed, never a folder's or a file's name.
 *
 * @param argv - the arguments after the binary name
 * @param output - where to write
 * @param signpost - the API to answer from (default: the bundled dataset)
 * @returns 0 when found, 1 when there is no figure or no match, 2 for a usage error or unreadable input, 3 help first
 * @example
 * ```ts
 * const code = runCli(['figures', 'Derbyshire', '2016/17'], { stdout: console.log, stderr: console.error });
 * ```
 */
export function runCli(argv: readonly string[], output: CliOutput, signpost: Signpost = bundledSignpost()): number {
	const line = parseCommandLine(argv);
	// A person's words get help first, before any command keeps them (a folder, a path) or refuses them as usage.
	const person = personTyped(line, argv);
	if (person) return printHelpFirst(person, line.format, output);
	const help = getHelplines().help;
	switch (line.kind) {
		case 'help':
			if (line.format === 'json') output.stdout(json({ usage: USAGE, help }));
			else output.stdout(`${USAGE}\n\n${renderHelp(help)}`);
			return EXIT.ok;
		case 'version': {
			const version = { sdk: SDK_VERSION, dataset: signpost.getDataset().version, help };
			if (line.format === 'json') output.stdout(json(version));
			else output.stdout(`signpost ${SDK_VERSION} (dataset ${version.dataset})\n\n${renderHelp(help)}`);
			return EXIT.ok;
		}
		case 'usage-error':
			return usageError(line.message, line.format, output);
		case 'run':
			return runCommand(line, output, signpost);
	}
}

/** A usage error: the message, the usage and the help lines on stderr (or JSON on stdout); exit 2. */
function usageError(message: string, format: OutputFormat, output: CliOutput): number {
	const help = getHelplines().help;
	if (format === 'json') output.stdout(json({ error: message, help }));
	else output.stderr(`${message}\n\n${USAGE}\n\n${renderHelp(help)}`);
	return EXIT.usage;
}

/** The breakdown the options ask for, if any. */
function breakdownOf({ ageBand, sex, platform }: CommandFilters) {
	if (ageBand === undefined && sex === undefined && platform === undefined) return undefined;
	// Passed as typed: the API reads and checks each part (an unknown one is invalid-query, a usage error here).
	return { ageBand, sex: sex as 'girls' | 'boys' | undefined, platform };
}

function runCommand(line: Extract<CommandLine, { kind: 'run' }>, output: CliOutput, signpost: Signpost): number {
	const [first = '', second] = line.args;
	const { filters } = line;
	switch (line.command) {
		case 'figures':
			return printAnswer(
				signpost.getFigures({ area: first, year: second, measure: filters.measure, breakdown: breakdownOf(filters) }),
				line.format,
				output,
			);
		case 'series':
			return printAnswer(
				signpost.getSeries({
					area: first,
					measure: second,
					from: filters.from,
					to: filters.to,
					breakdown: breakdownOf(filters),
				}),
				line.format,
				output,
			);
		case 'areas':
			return printAreas(signpost, first, line.format, output);
		case 'measures':
			return printMeasures(signpost, line.format, output);
		case 'age-bands':
			return printAgeBands(signpost, line.format, output);
		case 'ons': {
			const result = signpost.findAreaByOnsCode(first);
			if (result.status === 'help-first') return printHelpFirst(result, line.format, output);
			if (result.status === 'not-found') return printNotFound(result, line.format, output);
			const { area } = result;
			const rows = [{ text: `- ${area.onsCode ?? ''}: ${area.name} (${area.kind})`, csv: areaCells(area) }];
			return printList(result, AREA_COLUMNS, rows, line.format, output);
		}
		case 'hierarchy':
			return printHierarchy(signpost, first, line.format, output);
		case 'helplines': {
			const result = getHelplines();
			if (line.format === 'json') output.stdout(json(result));
			else if (line.format === 'csv') output.stdout(helplinesCsv(result.help));
			else output.stdout(renderHelp(result.help));
			return EXIT.ok;
		}
		case 'coverage':
			return printCoverage(signpost.getCoverage(), line.format, output);
		case 'export':
			return exportPackage(signpost, first, line.format, output);
		case 'changes':
			return printChanges(first, second ?? '', line.format, output);
		case 'compare':
			return printAnswer(
				signpost.compareAreas({ areas: line.args, year: filters.year, measure: filters.measure }),
				line.format,
				output,
			);
		case 'national':
			return printAnswer(signpost.getNational({ year: line.args[0], measure: filters.measure }), line.format, output);
	}
}

/** Every measure, one line each: its id (to pass as a measure), names and kind. */
function printMeasures(signpost: Signpost, format: OutputFormat, output: CliOutput): number {
	const result = signpost.listMeasures();
	const rows = result.measures.map((m) => ({
		text: `- ${m.id}: ${m.shortName} (${m.name}; ${m.kind})`,
		csv: [m.id, m.shortName, m.name, m.kind],
	}));
	return printList(result, ['id', 'short_name', 'name', 'kind'], rows, format, output);
}

/** Every age band, one line each: its id and label. */
function printAgeBands(signpost: Signpost, format: OutputFormat, output: CliOutput): number {
	const result = signpost.listAgeBands();
	const rows = result.ageBands.map((b) => ({
		text: `- ${b.id}: ${b.label}`,
		csv: [b.id, b.label, b.from?.toString() ?? '', b.upTo?.toString() ?? ''],
	}));
	return printList(result, ['id', 'label', 'from', 'up_to'], rows, format, output);
}

/** A force's region and nation, or the forces in a region or nation; a name meaning several is exit 1. */
function printHierarchy(signpost: Signpost, text: string, format: OutputFormat, output: CliOutput): number {
	const result = signpost.getAreaHierarchy(text);
	if (result.status === 'help-first') return printHelpFirst(result, format, output);
	if (result.status === 'not-found') return printNotFound(result, format, output);
	const { area, region, nation, forces } = result;
	// The area first, then the areas above and within it (a nation is not listed again as its own nation).
	const related: [string, Area | undefined][] = [
		['area', area],
		['region', region?.id === area.id ? undefined : region],
		['nation', nation?.id === area.id ? undefined : nation],
		...forces.filter((f) => f.id !== area.id).map((f): [string, Area] => ['force', f]),
	];
	const rows = related.flatMap(([relation, a]) =>
		a ? [{ text: `- ${relation}: ${a.name} (${a.kind})`, csv: [relation, ...areaCells(a)] }] : [],
	);
	return printList(result, ['relation', ...AREA_COLUMNS], rows, format, output);
}

const AREA_COLUMNS = ['id', 'short_name', 'name', 'kind', 'ons_code'];
const areaCells = (a: Area) => [a.id, a.shortName, a.name, a.kind, a.onsCode ?? ''];

/**
 * A list result: JSON as returned, CSV with a help column, or one line per row then the help lines. Exit 0.
 */
function printList(
	result: { readonly help: Signposting },
	columns: readonly string[],
	rows: readonly { readonly text: string; readonly csv: readonly string[] }[],
	format: OutputFormat,
	output: CliOutput,
): number {
	const { help } = result;
	if (format === 'json') output.stdout(json(result));
	else if (format === 'csv')
		output.stdout(
			[[...columns, 'help'], ...rows.map((r) => [...r.csv, helpCsvField(help)])]
				.map((cells) => cells.map(csvField).join(','))
				.join('\r\n'),
		);
	else output.stdout(`${rows.map((r) => r.text).join('\n')}\n\n${renderHelp(help)}`);
	return EXIT.ok;
}

/**
 * A not-found result that is not an answer: input the API could not read is a usage error (exit 2); anything else
 * (no such code, no such area, a name meaning several) is exit 1, with the choices where there are any.
 */
function printNotFound(
	result: {
		readonly reason: string;
		readonly message: string;
		readonly help: Signposting;
		readonly suggestions?: readonly Suggestion[];
	},
	format: OutputFormat,
	output: CliOutput,
): number {
	const code = result.reason === 'invalid-query' ? EXIT.usage : EXIT.notFound;
	if (format === 'json') output.stdout(json(result));
	else if (code === EXIT.usage) output.stderr(`${result.message}\n\n${USAGE}\n\n${renderHelp(result.help)}`);
	else {
		const choices = result.suggestions?.length ? `\n${suggestionsLine(result.suggestions.map((s) => s.name))}` : '';
		output.stderr(`${result.message}${choices}\n\n${renderHelp(result.help)}`);
	}
	return code;
}

function exportPackage(signpost: Signpost, dir: string, format: OutputFormat, output: CliOutput): number {
	const { help: _help, ...dataset } = signpost.getDataset();
	const files = dataPackage(dataset, datasetJsonSchema());
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	const help = getHelplines().help;
	if (format === 'json') output.stdout(json({ version: dataset.version, files: Object.keys(files).sort(), help }));
	else
		output.stdout(
			`Wrote the data package for dataset ${dataset.version}: ${Object.keys(files).sort().join(', ')}.\n\n${renderHelp(help)}`,
		);
	return EXIT.ok;
}

function printChanges(fromPath: string, toPath: string, format: OutputFormat, output: CliOutput): number {
	const help = getHelplines().help;
	const from = readRelease(fromPath);
	const to = readRelease(toPath);
	if (!from.ok || !to.ok) {
		const problem = !from.ok ? `The first release: ${from.problem}` : !to.ok ? `The second release: ${to.problem}` : '';
		if (format === 'json') output.stdout(json({ error: problem, help }));
		else output.stderr(`${problem}\n\n${renderHelp(help)}`);
		return EXIT.usage;
	}
	const changes = dataChanges(from.dataset, to.dataset);
	if (format === 'json') output.stdout(json({ ...changes, help }));
	else output.stdout(`${changesMarkdown(changes)}\n\n${renderHelp(help)}`);
	return EXIT.ok;
}

/**
 * A help-first answer: the help, first and only, never the words typed. Text and JSON on stdout (it is the reply,
 * not an error); with `--csv`, the text on stderr, so no help text is taken for a data row. Exit 3.
 */
function printHelpFirst(answer: PersonSpeaking, format: OutputFormat, output: CliOutput): number {
	if (format === 'json') output.stdout(json(answer));
	else (format === 'csv' ? output.stderr : output.stdout)(formatAnswer(answer, { format: 'text' }));
	return EXIT.helpFirst;
}

function printAnswer(answer: Answer, format: OutputFormat, output: CliOutput): number {
	if (answer.status === 'help-first') return printHelpFirst(answer, format, output);
	if (answer.status === 'not-found' && answer.reason === 'invalid-query' && format !== 'json')
		return printNotFound(answer, format, output);
	const code = answer.status === 'found' ? EXIT.ok : answer.reason === 'invalid-query' ? EXIT.usage : EXIT.notFound;
	if (format === 'json') output.stdout(json(answer));
	else if (format === 'csv' && answer.status === 'found') output.stdout(toCSV(answer).trimEnd());
	else if (format === 'csv') output.stderr(formatAnswer(answer, { format: 'text' }));
	else (code === EXIT.ok ? output.stdout : output.stderr)(formatAnswer(answer, { format: 'text' }));
	return code;
}

function printAreas(signpost: Signpost, text: string, format: OutputFormat, output: CliOutput): number {
	const result = text.trim() ? signpost.searchAreas(text) : signpost.listAreas();
	if (result.status === 'help-first') return printHelpFirst(result, format, output);
	if (format === 'json') {
		output.stdout(json(result));
		return result.status === 'found' ? EXIT.ok : EXIT.notFound;
	}
	if (result.status === 'not-found') {
		const sample = signpost
			.listAreas()
			.areas.filter((a) => a.kind === 'force')
			.slice(0, 3)
			.map((a) => a.shortName);
		output.stderr(
			`${result.message}\nFor example: ${sample.join(', ')}. Run "signpost areas" for all.\n\n${renderHelp(result.help)}`,
		);
		return EXIT.notFound;
	}
	const areas = result.areas.map((entry) => ('area' in entry ? entry.area : entry));
	if (format === 'csv') {
		const rows = areas.map((a) =>
			[a.id, a.shortName, a.name, a.kind, helpCsvField(result.help)].map(csvField).join(','),
		);
		output.stdout(['id,short_name,name,kind,help', ...rows].join('\r\n'));
		return EXIT.ok;
	}
	const lines = areas.map((a) => {
		const years = signpost.listYears({ area: a.id });
		const held =
			years.status === 'found' && years.years.length > 0 ? `figures for ${years.years.join(', ')}` : 'no figures held';
		return `- ${a.shortName} (${a.name}, ${a.kind}): ${held}`;
	});
	output.stdout(`${lines.join('\n')}\n\n${renderHelp(result.help)}`);
	return EXIT.ok;
}

function printCoverage(coverage: CoverageResult, format: OutputFormat, output: CliOutput): number {
	if (format === 'json') {
		output.stdout(json(coverage));
		return EXIT.ok;
	}
	if (format === 'csv') {
		const rows = coverage.forces.flatMap((f) =>
			f.years.length === 0
				? [[f.area.id, f.area.shortName, '', '', helpCsvField(coverage.help)]]
				: f.years.map((y) => [f.area.id, f.area.shortName, y.year, y.measures.join(' '), helpCsvField(coverage.help)]),
		);
		output.stdout(['area_id,area,year,measures,help', ...rows.map((r) => r.map(csvField).join(','))].join('\r\n'));
		return EXIT.ok;
	}
	const lines = coverage.forces.map(
		(f) => `- ${f.area.shortName}: ${f.years.length > 0 ? f.years.map((y) => y.year).join(', ') : 'no figures held'}`,
	);
	output.stdout(
		[datasetLine(coverage), '', ...lines, '', ...releaseGridLines(coverage), renderHelp(coverage.help)].join('\n'),
	);
	return EXIT.ok;
}

/**
 * Per release, how many forces the ledger marks held, searched and not found, did not answer, and not asked, with the
 * sentence for each force that did not answer, then the totals Signpost computed from group totals.
 */
function releaseGridLines(coverage: CoverageResult): string[] {
	if (coverage.ledger.entries === 0) return [];
	const releases = coverage.releases.map((r) => {
		const count = (outcome: string) => r.forces.filter((f) => f.outcome === outcome).length;
		const counts = (['figures-entered', 'not-found', 'did-not-answer', 'not-in-scope'] as const)
			.map((o) => `${LEDGER_OUTCOME_LABELS[o]} ${count(o)}`)
			.join(', ');
		const unanswered = r.forces.filter((f) => f.outcome === 'did-not-answer').map((f) => `  ${f.sentence}`);
		return [`- ${r.release.name}: ${counts}; ${r.reportsRead} stored reports read`, ...unanswered];
	});
	return [
		`Forces by release (${coverage.ledger.entries} ledger entries; ${coverage.ledger.queries} searches, ${coverage.ledger.pagesRead} pages read):`,
		...releases.flat(),
		'',
		...(coverage.derived.length > 0
			? [
					'Totals computed by Signpost (not reported figures):',
					...coverage.derived.map((d) => `- ${d.area.shortName}, ${d.period}: ${formatNumber(d.value)} (${d.label})`),
					'',
				]
			: []),
	];
}

function helplinesCsv(help: Signposting): string {
	const rows = help.services.map((s) => [s.id, s.name, s.phone ?? '', s.summary, s.sourceUrl].map(csvField).join(','));
	return ['id,name,phone,summary,address', ...rows].join('\r\n');
}

function helpCsvField(help: Signposting): string {
	const [childline, nspcc, emergency] = help.services;
	return `Childline ${childline.phone} · NSPCC Helpline ${nspcc.phone} · ${emergency.phone} in an emergency`;
}
