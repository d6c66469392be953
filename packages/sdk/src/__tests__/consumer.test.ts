// The consumer test: what a developer gets from `npm install @signpost-uk/sdk`, checked outside the workspace.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSize } from '../../scripts/bundle-size.js';
import { holdsDataset, splitData } from '../../scripts/split-data.js';
import { getFigures } from '../index.js';
import { itPassesPublintAndAttw, mustRun, pack, run, tarballFiles } from './support/packed-tarball.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const repoDir = join(packageDir, '..', '..');

/**
 * Every fenced TypeScript example in the README and the docs guides that uses the SDK alone (with Node's built-ins):
 * each is run, not only type-checked. Guides for other packages (the MCP server's) are run by those packages' tests.
 */
const DOCUMENTED = [
	join(packageDir, 'README.md'),
	...readdirSync(join(repoDir, 'apps', 'docs', 'docs', 'guide'))
		.filter((name) => name.endsWith('.md'))
		.map((name) => join(repoDir, 'apps', 'docs', 'docs', 'guide', name)),
];
const usesSdkAlone = (code: string) =>
	[...code.matchAll(/from '([^']+)'/g)].every(([, name]) => name === '@signpost-uk/sdk' || name?.startsWith('node:'));
const EXAMPLES = DOCUMENTED.flatMap((file) =>
	[...readFileSync(file, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)]
		.map((match, i) => ({
			name: `${file.slice(repoDir.length + 1)} example ${i + 1}`,
			code: match[1] ?? '',
		}))
		.filter((example) => usesSdkAlone(example.code)),
);
/**
 * Every `npx signpost` line in the shell examples of the README and the getting-started guide, once each: each is run
 * against the installed bin.
 */
const CLI_EXAMPLES = [
	...new Set(
		[join(packageDir, 'README.md'), join(repoDir, 'apps/docs/docs/guide/getting-started.md')].flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)]
				.flatMap((match) => (match[1] ?? '').split('\n'))
				.filter((line) => line.startsWith('npx signpost ')),
		),
	),
];
const tsc = createRequire(import.meta.url).resolve('typescript/lib/tsc.js');
const NUMBERS = ['0800 1111', '0808 800 5000', '999'];
/** Generous limits: installing and type-checking take a while on a small machine. Not timing assertions. */
const SETUP_TIMEOUT = 180_000;
const STEP_TIMEOUT = 120_000;

let scratch = '';
let packedFiles: string[] = [];

/** What the tarball must hold, no more: the five ESM files and their re-exporting index, CommonJS, types, the CLI. */
const EXPECTED_DIST = [
	'api.mjs',
	'bind.mjs',
	'cli.mjs',
	'dataset.mjs',
	'help.mjs',
	'index.cjs',
	'index.d.cts',
	'index.d.ts',
	'index.mjs',
	'output.mjs',
];

beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'signpost-sdk-consumer-'));
	const packDir = join(scratch, 'pack');
	const project = join(scratch, 'project');
	mkdirSync(packDir);
	mkdirSync(project);
	mustRun('pnpm', ['run', 'build'], packageDir);
	const tarball = pack(packageDir, packDir);
	packedFiles = tarballFiles(tarball, scratch);
	writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, version: '0.0.0' }));
	mustRun('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], project);

	writeFileSync(
		join(project, 'esm.mjs'),
		`import { getFigures, getHelplines, formatAnswer, toCSV, createSignpost, getDataset } from '@signpost-uk/sdk';
const answer = getFigures({ area: 'derbyshire constabulary', year: '2016-17' });
const again = createSignpost({ dataset: getDataset() }).getFigures({ area: 'Derbyshire', year: '2016/17' });
console.log(JSON.stringify({ status: answer.status, same: again.status === answer.status, help: getHelplines().sentence }));
console.log(formatAnswer(answer, { format: 'markdown' }));
console.log(toCSV(answer));
`,
	);
	writeFileSync(
		join(project, 'cjs.cjs'),
		`const { getFigures, getHelplines, DatasetSchema, createSignpost } = require('@signpost-uk/sdk');
const answer = getFigures({ area: 'Derbyshire', year: '2016/17' });
let rejected = '';
try { createSignpost({ dataset: { version: 'soon' } }); } catch (error) { rejected = error.message; }
console.log(JSON.stringify({ status: answer.status, help: answer.help, schema: typeof DatasetSchema.safeParse, rejected }));
console.log(getHelplines().lines.join('\\n'));
`,
	);
	writeFileSync(
		join(project, 'typed.mts'),
		`import { getFigures, type FiguresAnswer, type Signposting } from '@signpost-uk/sdk';
const answer: FiguresAnswer = getFigures({ area: 'Derbyshire', year: '2016/17' });
const help: Signposting = answer.help;
if (answer.status === 'found') {
	const value: string | undefined = answer.data.figures[0]?.valueText;
	console.log(value, help.services[0].phone);
} else if (answer.status === 'not-found') {
	const reason: 'invalid-query' | 'unknown-area' | 'ambiguous-area' | 'unknown-measure' | 'invalid-year' | 'ambiguous-year' | 'year-outside-dataset' | 'no-published-figure' | 'offence-not-in-force' = answer.reason;
	// @ts-expect-error a not-found answer has no data
	console.log(reason, answer.data);
}
`,
	);
	writeFileSync(
		join(project, 'typed-require.cts'),
		`import sdk = require('@signpost-uk/sdk');
const result: sdk.HelplinesResult = sdk.getHelplines({ audience: 'child' });
const phone: '0800 1111' = result.help.services[0].phone;
console.log(phone);
`,
	);
	writeFileSync(
		join(project, 'tsconfig.json'),
		JSON.stringify({
			compilerOptions: {
				module: 'nodenext',
				moduleResolution: 'nodenext',
				target: 'es2022',
				strict: true,
				noEmit: true,
				skipLibCheck: false,
				types: [],
			},
			include: ['typed.mts', 'typed-require.cts'],
		}),
	);
}, SETUP_TIMEOUT);

afterAll(() => {
	if (scratch) rmSync(scratch, { recursive: true, force: true });
}, SETUP_TIMEOUT);

const expected = getFigures({ area: 'Derbyshire', year: '2016/17' });

describe('every documented example, run against the installed tarball', { timeout: STEP_TIMEOUT }, () => {
	it('finds the README and guide examples', () => {
		expect(EXAMPLES.length).toBeGreaterThanOrEqual(6);
	});

	it.each(EXAMPLES.map((e) => [e.name, e.code] as const))('%s runs and exits 0', (name, code) => {
		const project = join(scratch, 'project');
		mustRun(join(project, 'node_modules', '.bin', 'signpost'), ['export', 'signpost-data'], project);
		const file = `${name.replace(/[^a-z0-9]+/gi, '-')}.mjs`;
		writeFileSync(join(project, file), transformSync(code, { loader: 'ts', format: 'esm', target: 'node20' }).code);
		const result = run(process.execPath, [file], project);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});
});

describe('every documented command line, run against the installed bin', { timeout: STEP_TIMEOUT }, () => {
	beforeAll(() => {
		// The guide's `changes old-data new-data` compares two releases: here the installed one, exported twice.
		const project = join(scratch, 'project');
		const signpost = join(project, 'node_modules', '.bin', 'signpost');
		for (const dir of ['old-data', 'new-data']) mustRun(signpost, ['export', dir], project);
	});

	it('finds the command lines of the README and the guide, compare, national and changes among them', () => {
		expect(CLI_EXAMPLES.some((line) => line.startsWith('npx signpost changes '))).toBe(true);
		expect(CLI_EXAMPLES.some((line) => line.startsWith('npx signpost compare '))).toBe(true);
		expect(CLI_EXAMPLES.some((line) => line.startsWith('npx signpost national'))).toBe(true);
	});

	it.each(CLI_EXAMPLES)('%s exits 0 with the help lines', (line) => {
		const project = join(scratch, 'project');
		// As a reader would type it, in a shell, with the installed tarball's bin in place of npx (whose warnings about
		// the workspace's npm settings would land on stderr).
		const signpost = join(project, 'node_modules', '.bin', 'signpost');
		const result = run('sh', ['-c', line.replace(/^npx signpost /, `"${signpost}" `)], project);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const [, file] = /> (\S+)$/.exec(line) ?? [];
		const output = file ? readFileSync(join(project, file), 'utf8') : result.stdout;
		for (const number of NUMBERS) expect(output).toContain(number);
	});
});

describe('the packed SDK installed from its tarball, outside the workspace', { timeout: STEP_TIMEOUT }, () => {
	it('runs as ESM (import), with the help lines', () => {
		const out = mustRun(process.execPath, ['esm.mjs'], join(scratch, 'project'));
		const first = JSON.parse(out.split('\n')[0] ?? '{}');
		expect(first).toMatchObject({ status: expected.status, same: true });
		for (const number of NUMBERS) expect(out).toContain(number);
	});

	it('runs as CommonJS (require), with the help lines, and rejects an invalid dataset naming the path', () => {
		const out = mustRun(process.execPath, ['cjs.cjs'], join(scratch, 'project'));
		const first = JSON.parse(out.split('\n')[0] ?? '{}');
		expect(first.status).toBe(expected.status);
		expect(first.schema).toBe('function');
		expect(first.rejected).toMatch(/version/);
		expect(first.rejected).toMatch(/areas/);
		for (const number of NUMBERS) expect(out).toContain(number);
	});

	it('type-checks against the published types (import and require, narrowing on status)', () => {
		const result = run(process.execPath, [tsc, '-p', 'tsconfig.json'], join(scratch, 'project'));
		expect(result.stdout + result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('runs the signpost bin: human output ends with the help lines', () => {
		const result = run(
			'npx',
			['--no-install', 'signpost', 'figures', 'Derbyshire', '2016/17'],
			join(scratch, 'project'),
		);
		expect(result.status).toBe(expected.status === 'found' ? 0 : 1);
		const output = (expected.status === 'found' ? result.stdout : result.stderr).trimEnd();
		const lastLines = output.split('\n').slice(-3).join('\n');
		for (const number of NUMBERS) expect(lastLines).toContain(number);
	});

	it('runs the signpost bin with --json: the answer has its help field', () => {
		const result = run(
			'npx',
			['--no-install', 'signpost', 'figures', 'Derbyshire', '2016/17', '--json'],
			join(scratch, 'project'),
		);
		const answer = JSON.parse(result.stdout);
		expect(answer.status).toBe(expected.status);
		expect(answer.help.services.slice(0, 3).map((s: { phone: string }) => s.phone)).toEqual(NUMBERS);
	});

	it('runs the newer commands from the bin: an ONS code and a series range answer as the API does', () => {
		const project = join(scratch, 'project');
		const ons = run('npx', ['--no-install', 'signpost', 'ons', 'E23000018', '--json'], project);
		expect(ons.status).toBe(0);
		expect(JSON.parse(ons.stdout)).toMatchObject({ status: 'found', area: { id: 'derbyshire' } });
		const series = run(
			'npx',
			['--no-install', 'signpost', 'series', 'Derbyshire', '--from', '2015/16', '--to', '2016/17', '--json'],
			project,
		);
		expect(JSON.parse(series.stdout).data.points.map((p: { year: string }) => p.year)).toEqual(['2015/16', '2016/17']);
		const bad = run('npx', ['--no-install', 'signpost', 'figures', 'Wales', '--age-band', 'teenagers'], project);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('Usage: signpost');
		for (const number of NUMBERS) expect(bad.stderr).toContain(number);
	});

	it('exits 2 with the help lines on a usage error', () => {
		const result = run('npx', ['--no-install', 'signpost', 'nonsense'], join(scratch, 'project'));
		expect(result.status).toBe(2);
		for (const number of NUMBERS) expect(result.stderr).toContain(number);
	});
});

describe('the package as published', { timeout: STEP_TIMEOUT }, () => {
	it('packs exactly the built files (no stale build output), the README, CHANGELOG and LICENSE', () => {
		const dist = packedFiles.filter((f) => f.startsWith('package/dist/') && !f.endsWith('.map'));
		expect(dist.map((f) => f.slice('package/dist/'.length))).toEqual(EXPECTED_DIST);
		for (const file of ['package/package.json', 'package/README.md', 'package/CHANGELOG.md', 'package/LICENSE']) {
			expect(packedFiles).toContain(file);
		}
		expect(packedFiles.every((f) => f.startsWith('package/dist/') || !f.includes('/src/'))).toBe(true);
	});

	itPassesPublintAndAttw(packageDir);

	it('a helplines-only import, bundled from the installed package, carries neither zod nor the dataset', async () => {
		const size = await bundleSize("export { getHelplines } from '@signpost-uk/sdk';", join(scratch, 'project'));
		expect(size.inputs.some((path) => path.includes('zod'))).toBe(false);
		expect(size.inputs.some((path) => path.includes('date-fns'))).toBe(false);
		expect(size.inputs.map((path) => path.split('/').at(-1))).toEqual(['help.mjs']);
		const whole = await bundleSize("export * from '@signpost-uk/sdk';", join(scratch, 'project'));
		expect(whole.inputs.some((path) => path.includes('zod'))).toBe(true);
	});

	it('a getFigures import carries zod/mini for its input checks but not full zod, and its code beside the data is at most 38 KiB gzipped', async () => {
		// Was 25 KiB: issue 23's person word data (the help-first reading) ships with every getFigures import. Its
		// reviewers' reasons stay in the data file (about 5 KiB gzipped less); 43.8 KiB on 2026-12-05, then 34.3 KiB
		// once getFigures took its own path (not the whole API's object) and the person words were written by columns
		// (issue 26). This bound catches further growth.
		const size = await bundleSize("export { getFigures } from '@signpost-uk/sdk';", join(scratch, 'project'));
		const zod = size.inputs.filter((path) => path.includes('node_modules/zod/'));
		expect(zod.some((path) => path.includes('/v4/mini/'))).toBe(true);
		expect(zod.some((path) => path.includes('/v4/classic/'))).toBe(false);
		expect(size.inputs.some((path) => path.endsWith('dataset.mjs'))).toBe(false);
		const { code, data } = splitData(size.text);
		expect(data.length).toBeGreaterThan(100_000);
		expect(gzipSync(code, { level: 9 }).byteLength).toBeLessThanOrEqual(38 * 1_024);
	});

	it('a createSignpost import does not carry the bundled dataset', async () => {
		const size = await bundleSize("export { createSignpost } from '@signpost-uk/sdk';", join(scratch, 'project'));
		expect(size.inputs.some((path) => path.endsWith('dataset.mjs'))).toBe(true);
		// The dataset's literal (written by columns, so no record's id need appear in it as such) is not there, and
		// the same check finds it in a getFigures import.
		expect(holdsDataset(size.text)).toBe(false);
		const figures = await bundleSize("export { getFigures } from '@signpost-uk/sdk';", join(scratch, 'project'));
		expect(holdsDataset(figures.text)).toBe(true);
	});
});
