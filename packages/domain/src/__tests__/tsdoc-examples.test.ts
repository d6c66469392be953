// The `@example` blocks of every public export are code: each is type-checked against the package's own types, and
// each line of the form `expression; // <JSON value>` is run against the bundled dataset and must print that value.
// An example that needs a value only its reader has (a `claim`, a `view`) is type-checked and not run.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../dataset/bundled-dataset.js';
import { indexDataset } from '../dataset/dataset-index.js';
import * as domain from '../index.js';
import * as testing from '../testing.js';
import { COMPILER_OPTIONS, publicExamples, srcDir, type TsdocExample } from './support/tsdoc-examples.js';

const { examples, exports } = publicExamples();

/** The names examples use for values their reader is assumed to hold, with their types. */
const CONTEXT_TYPES = `
declare const dataset: Dataset;
declare const index: DatasetIndex;
declare const answer: Answer;
declare const data: { figures: readonly FigureView[] };
declare const views: readonly FigureView[];
declare const view: FigureView;
declare const figure: Figure;
declare const claim: Claim;
declare const source: Source;
declare const derbyshire: Area, kent: Area, policeScotland: Area, londonAndSouthEastGroup: Area;
declare const scwc: Measure, offencesRecorded: Measure;
declare const kent2013: FigureView, kent2014: FigureView, kent2015: FigureView, kent2016: FigureView;
declare const staffordshire2015: FigureView, staffordshire2016: FigureView;
declare const psni2015Online: FigureView, psni2019Online: FigureView;
declare const years: readonly ChartYear[];
declare const result: { error: { issues: Parameters<typeof formatIssues>[0] } };
declare const json: unknown;
declare const url: string;
declare function getDataset(): Dataset;
declare const writeFileSync: typeof import('node:fs').writeFileSync;
`;

/** The values the run gives the context names it can fill from the bundled dataset; the rest stay unknown. */
function runContext(): Record<string, unknown> {
	const dataset = getBundledDataset();
	const index = indexDataset(dataset);
	return {
		dataset,
		index,
		derbyshire: index.areas.get('derbyshire'),
		kent: index.areas.get('kent'),
		policeScotland: index.areas.get('police-scotland'),
		londonAndSouthEastGroup: index.areas.get('london-and-south-east-scwc-group'),
		scwc: index.measures.get('sexual-communication-with-a-child'),
		offencesRecorded: index.measures.get('child-sexual-offences'),
		getDataset: () => dataset,
		console: { log: () => undefined, error: () => undefined },
		fetch: undefined,
	};
}

/** The example without its imports of the package itself (every export is in scope already). */
function withoutPackageImports(code: string): string {
	return code.replace(/^import [^\n]* from '@signpost-uk\/domain(?:\/testing)?';$/gm, '');
}

function typeErrors(): Map<number, string[]> {
	const virtual = `${srcDir}__examples__.ts`;
	const header = [
		...exports.flatMap(({ entry, values, types }) => [
			`import { ${values.join(', ')} } from './${entry.replace(/\.ts$/, '.js')}';`,
			`import type { ${types.join(', ')} } from './${entry.replace(/\.ts$/, '.js')}';`,
		]),
		"import { expect } from 'vitest';",
		CONTEXT_TYPES,
	].join('\n');
	const starts: number[] = [];
	let text = header;
	examples.forEach((example, i) => {
		text += `\nexport async function example${i}() {\n`;
		starts.push(text.split('\n').length - 1);
		text += `${withoutPackageImports(example.code)}}\n`;
	});
	const host = ts.createCompilerHost(COMPILER_OPTIONS);
	const getSourceFile = host.getSourceFile.bind(host);
	const fileExists = host.fileExists.bind(host);
	host.getSourceFile = (file, language, ...rest) =>
		file === virtual ? ts.createSourceFile(file, text, language) : getSourceFile(file, language, ...rest);
	host.fileExists = (file) => file === virtual || fileExists(file);
	const program = ts.createProgram([virtual], COMPILER_OPTIONS, host);
	const sourceFile = program.getSourceFile(virtual);
	const errors = new Map<number, string[]>();
	for (const diagnostic of sourceFile ? ts.getPreEmitDiagnostics(program, sourceFile) : []) {
		const line = sourceFile?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? 0;
		const at = starts.findLastIndex((start) => start <= line);
		const message = `line ${line - (starts[at] ?? 0) + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
		errors.set(at, [...(errors.get(at) ?? []), message]);
	}
	return errors;
}

/** A line `expression; // <JSON value>` becomes a check of the value; other lines stay as written. */
function withChecks(code: string): { code: string; checks: number } {
	let checks = 0;
	const lines = code.split('\n').map((line) => {
		const match = /^(\s*(?:if \([^)]*\) )?)(.+);\s*\/\/ (.+)$/.exec(line);
		if (!match) return line;
		const [, prefix, expression, comment] = match;
		if (!comment || /\.\.\.|…/.test(comment)) return line;
		try {
			JSON.parse(comment);
		} catch {
			return line;
		}
		checks++;
		return `${prefix}__check(${expression}, ${comment}, ${JSON.stringify(line.trim())});`;
	});
	return { code: lines.join('\n'), checks };
}

async function run(example: TsdocExample): Promise<{ ran: boolean; checks: number }> {
	const { code, checks } = withChecks(withoutPackageImports(example.code));
	const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
	const context = { ...domain, ...testing, ...runContext() };
	const check = (actual: unknown, expected: unknown, line: string) => expect.soft(actual, line).toEqual(expected);
	const body = `return (async () => {\n${js}\n})();`;
	try {
		await new Function('__check', ...Object.keys(context), body)(check, ...Object.values(context));
	} catch (error) {
		// a value only the example's reader holds (`claim`, `view`): type-checked above, not run
		if (error instanceof ReferenceError) return { ran: false, checks };
		throw error;
	}
	return { ran: true, checks };
}

describe('the @example blocks of the public exports', () => {
	const errors = typeErrors();

	it('are found: one or more for each public function', () => {
		expect(examples.length).toBeGreaterThan(80);
	});

	it.each(examples.map((example, i) => [`${example.name} (${example.file})`, i] as const))(
		'%s type-checks',
		(_name, i) => {
			expect(errors.get(i) ?? []).toEqual([]);
		},
	);

	it('run where the bundled dataset gives them their values, and print what their comments say', async () => {
		let ran = 0;
		let checks = 0;
		for (const example of examples) {
			const result = await run(example);
			if (result.ran) {
				ran++;
				checks += result.checks;
			}
		}
		expect(ran).toBeGreaterThanOrEqual(70);
		expect(checks).toBeGreaterThanOrEqual(55);
	});
});
