import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Answer, datasetJsonSchema, renderHelp, type Signposting } from '@signpost-uk/domain';
import {
	getCoverage,
	getDataset,
	getFigures,
	getSeries,
	listAreas,
	listYears,
	searchAreas,
} from '../api/bundled-signpost.js';
import type { CoverageResult } from '../api/results.js';
import { changesMarkdown, dataChanges } from '../export/data-changes.js';
import { dataPackage } from '../export/data-package.js';
import { getHelplines } from '../help/get-helplines.js';
import { csvField } from '../output/csv-field.js';
import { formatAnswer } from '../output/format-answer.js';
import { toCSV } from '../output/to-csv.js';
import { type CommandLine, type OutputFormat, parseCommandLine } from './parse-command-line.js';
import { readRelease } from './read-release.js';
import { SDK_VERSION } from './sdk-version.js';
import { USAGE } from './usage.js';

/** Where the CLI writes. Each call is one block of output; a newline is added. */
export interface CliOutput {
	stdout(text: string): void;
	stderr(text: string): void;
}

/** Exit codes: found, nothing found, and a command line that could not be read. */
export const EXIT = { ok: 0, notFound: 1, usage: 2 } as const;

const json = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * Runs one `signpost` command line and returns the exit code. Human output always ends with the help lines, JSON
 * output always has a `help` field, and CSV rows carry the help lines in their last column; when there is no row to
 * carry them, the message and the help lines go to stderr.
 *
 * @param argv - the arguments after the binary name
 * @param output - where to write
 * @returns 0 when found, 1 when there is no figure or no match, 2 for a usage error
 * @example
 * ```ts
 * const code = runCli(['figures', 'Derbyshire', '2016/17'], { stdout: console.log, stderr: console.error });
 * ```
 */
export function runCli(argv: readonly string[], output: CliOutput): number {
	const line = parseCommandLine(argv);
	const help = getHelplines().help;
	switch (line.kind) {
		case 'help':
			if (line.format === 'json') output.stdout(json({ usage: USAGE, help }));
			else output.stdout(`${USAGE}\n\n${renderHelp(help)}`);
			return EXIT.ok;
		case 'version': {
			const version = { sdk: SDK_VERSION, dataset: getDataset().version, help };
			if (line.format === 'json') output.stdout(json(version));
			else output.stdout(`signpost ${SDK_VERSION} (dataset ${version.dataset})\n\n${renderHelp(help)}`);
			return EXIT.ok;
		}
		case 'usage-error':
			if (line.format === 'json') output.stdout(json({ error: line.message, help }));
			else output.stderr(`${line.message}\n\n${USAGE}\n\n${renderHelp(help)}`);
			return EXIT.usage;
		case 'run':
			return runCommand(line, output);
	}
}

function runCommand(line: Extract<CommandLine, { kind: 'run' }>, output: CliOutput): number {
	const [first = '', second] = line.args;
	switch (line.command) {
		case 'figures':
			return printAnswer(getFigures({ area: first, year: second }), line.format, output);
		case 'series':
			return printAnswer(getSeries({ area: first, measure: second }), line.format, output);
		case 'areas':
			return printAreas(first, line.format, output);
		case 'helplines': {
			const result = getHelplines();
			if (line.format === 'json') output.stdout(json(result));
			else if (line.format === 'csv') output.stdout(helplinesCsv(result.help));
			else output.stdout(renderHelp(result.help));
			return EXIT.ok;
		}
		case 'coverage':
			return printCoverage(getCoverage(), line.format, output);
		case 'export':
			return exportPackage(first, line.format, output);
		case 'changes':
			return printChanges(first, second ?? '', line.format, output);
	}
}

function exportPackage(dir: string, format: OutputFormat, output: CliOutput): number {
	const { help: _help, ...dataset } = getDataset();
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

function printAnswer(answer: Answer, format: OutputFormat, output: CliOutput): number {
	const code = answer.status === 'found' ? EXIT.ok : EXIT.notFound;
	if (format === 'json') output.stdout(json(answer));
	else if (format === 'csv' && answer.status === 'found') output.stdout(toCSV(answer).trimEnd());
	else if (format === 'csv') output.stderr(formatAnswer(answer, { format: 'text' }));
	else (code === EXIT.ok ? output.stdout : output.stderr)(formatAnswer(answer, { format: 'text' }));
	return code;
}

function printAreas(text: string, format: OutputFormat, output: CliOutput): number {
	const result = text.trim() ? searchAreas(text) : listAreas();
	if (format === 'json') {
		output.stdout(json(result));
		return result.status === 'found' ? EXIT.ok : EXIT.notFound;
	}
	if (result.status === 'not-found') {
		const sample = listAreas()
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
		const years = listYears({ area: a.id });
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
		[
			`Dataset ${coverage.version}: ${coverage.figureCount} figures from ${coverage.sourceCount} sources.`,
			`${coverage.forcesWithFigures} of ${coverage.forcesTotal} police forces have at least one figure.`,
			'',
			...lines,
			'',
			renderHelp(coverage.help),
		].join('\n'),
	);
	return EXIT.ok;
}

function helplinesCsv(help: Signposting): string {
	const rows = help.services.map((s) => [s.id, s.name, s.phone ?? '', s.summary, s.sourceUrl].map(csvField).join(','));
	return ['id,name,phone,summary,address', ...rows].join('\r\n');
}

function helpCsvField(help: Signposting): string {
	const [childline, nspcc, emergency] = help.services;
	return `Childline ${childline.phone} · NSPCC Helpline ${nspcc.phone} · ${emergency.phone} in an emergency`;
}
