// `pnpm bench`: measures the built package as an app's bundler sees it and writes BENCHMARKS.md.
// Run after `pnpm build` (turbo's bench task builds first).
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundleSize } from './bundle-size.js';
import { codeBreakdown } from './code-breakdown.js';
import { holdsDataset, splitData } from './split-data.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
// The package resolves itself by name (Node's self-reference through `exports`), so this measures dist as published.
const cases = [
	{ name: 'Whole package, with zod and date-fns', code: "export * from '@signpost-uk/sdk';", external: [] },
	{
		name: 'Whole package, SDK code only (zod, date-fns external)',
		code: "export * from '@signpost-uk/sdk';",
		external: ['zod', 'date-fns'],
	},
	{ name: '`getHelplines` only', code: "export { getHelplines } from '@signpost-uk/sdk';", external: [] },
	{ name: '`getFigures` only', code: "export { getFigures } from '@signpost-uk/sdk';", external: [] },
	{
		name: '`createSignpost` only (checks a dataset from elsewhere)',
		code: "export { createSignpost } from '@signpost-uk/sdk';",
		external: [],
	},
	{
		name: '`getFigures` + `formatAnswer`',
		code: "export { getFigures, formatAnswer } from '@signpost-uk/sdk';",
		external: [],
	},
];

const kb = (bytes: number) => `${(bytes / 1_024).toFixed(1)} KiB`;

/** A Markdown table with padded columns, as the repository's formatter writes it. */
function table(header: string[], rows: string[][], right: boolean[]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) =>
		`| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
	const rule = `| ${widths.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
	return [line(header), rule, ...rows.map(line)].join('\n');
}
const { getDataset } = (await import('@signpost-uk/sdk')) as typeof import('../src/index.js');
const { figures, sources } = getDataset();
const rows: string[][] = [];
for (const c of cases) {
	const size = await bundleSize(c.code, packageDir, c.external);
	const zod = size.inputs.some((path) => /node_modules\/zod\/|\/zod@/.test(path));
	const mini = zod && size.inputs.every((path) => !/zod\/v4\/classic/.test(path));
	const dataset = holdsDataset(size.text);
	rows.push([
		c.name,
		kb(size.minified),
		kb(size.gzipped),
		zod ? (mini ? 'zod/mini' : 'yes') : 'no',
		dataset ? 'yes' : 'no',
	]);
	console.log(`${c.name}: ${size.minified} B minified, ${size.gzipped} B gzipped`);
}

// The code beside the data: a `getFigures` app's bundle with the dataset (one JSON string literal) taken out, gzipped;
// the data: that literal as the bundle holds it, gzipped alone.
const gz = (text: string) => gzipSync(text, { level: 9 }).byteLength;
const figuresApp = splitData((await bundleSize("export { getFigures } from '@signpost-uk/sdk';", packageDir)).text);
const codeBeside = gz(figuresApp.code);
const dataGzipped = gz(figuresApp.data);
// What the input checks cost: the same app with zod/mini left out of the bundle.
const withoutMini = splitData(
	(await bundleSize("export { getFigures } from '@signpost-uk/sdk';", packageDir, ['zod/mini'])).text,
);
const miniCost = codeBeside - gz(withoutMini.code);
// What a different encoding could still win: the data literal under brotli at quality 11 with gzip's 32 KiB window and
// with a 16 MiB window. The difference between the two is the most that interning repeats far apart could save under
// gzip, the measure; the rest of brotli's gain is its built-in dictionary and coding, which gzip does not have.
const brotli = (text: string, window: number) =>
	brotliCompressSync(text, {
		params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: window },
	}).byteLength;
const dataNearWindow = brotli(figuresApp.data, 15);
const dataWideWindow = brotli(figuresApp.data, 24);
const figuresOnly = await bundleSize("export { getFigures } from '@signpost-uk/sdk';", packageDir);
const AIM_FIGURES_APP = 90 * 1_024;
// What that app holds, by part, built from the sources so each byte counts against the folder it comes from.
const parts = await codeBreakdown("export { getFigures } from './src/index.ts';");
// Issue 26's cuts, as this script measured them one after another on 2026-12-05 (a record: not re-measured).
const cuts = table(
	['Cut', 'Measured', 'Saved'],
	[
		[
			'The dataset written by columns (`compact-records.ts`): each column raw, a dictionary, ids of an earlier table or a template on a sibling field, whichever gzips smallest; the decoder adds 0.5 KiB of code',
			'app 159.0 → 130.5 KiB',
			'28.5 KiB',
		],
		[
			"Templates on up to three sibling fields, as they are or slugged (a figure's id is its area, period and measure around its own words)",
			'data 84.9 → 82.2 KiB',
			'2.7 KiB',
		],
		['The person words written by columns too', 'code 45.8 → 44.9 KiB', '0.9 KiB'],
		[
			"`getFigures` answers through its own path, not the whole API's object, so no other query is bundled",
			'app 126.9 → 116.5 KiB',
			'10.4 KiB',
		],
		[
			'The search logs in a literal of their own: `getFigures` reads only the reports-read counts, worked out at build time (the same answers for every area, year and force measure: a domain test)',
			'app 116.5 → 107.1 KiB',
			'9.4 KiB',
		],
		[
			"A sibling's value lower-cased and slugged in a template too (a source's address and id hold its title, publisher and date so)",
			'app 107.1 → 105.0 KiB',
			'2.1 KiB',
		],
		[
			"Each table's columns moved to its start or end where the whole gzips smaller (a claim's quote, often part of a figure's, then falls within gzip's window)",
			'app 105.0 → 103.9 KiB',
			'1.1 KiB',
		],
	],
	[false, true, true],
);
const partsTotal = parts.reduce((sum, p) => sum + p.bytes, 0);
const breakdown = table(
	['Part of a `getFigures` app', 'Minified', 'Share'],
	parts.map((p) => [p.part, kb(p.bytes), `${((p.bytes / partsTotal) * 100).toFixed(1)}%`]),
	[false, true, true],
);
const AIM_CODE = 25 * 1_024;
const AIM_HELP = 3 * 1_024;
const helpOnly = await bundleSize("export { getHelplines } from '@signpost-uk/sdk';", packageDir, []);
const aims = table(
	['Aim', 'Measured', 'Target', 'Met'],
	[
		[
			'`getFigures` app, gzipped (issue 26)',
			kb(figuresOnly.gzipped),
			'≤ 90.0 KiB',
			figuresOnly.gzipped <= AIM_FIGURES_APP ? 'yes' : 'no',
		],
		[
			'`getFigures` app: the code beside the data (bundle without the dataset literal, gzipped)',
			kb(codeBeside),
			'≤ 25.0 KiB',
			codeBeside <= AIM_CODE ? 'yes' : 'no',
		],
		['of which the input checks (zod/mini), gzipped', kb(miniCost), 'recorded', ''],
		[`The data: ${figures.length} figures, ${sources.length} sources, gzipped`, kb(dataGzipped), 'recorded', ''],
		['The data per 100 figures, gzipped', kb((dataGzipped / figures.length) * 100), 'recorded', ''],
		['`getHelplines` only, gzipped', kb(helpOnly.gzipped), '< 3.0 KiB', helpOnly.gzipped < AIM_HELP ? 'yes' : 'no'],
	],
	[false, true, true, false],
);
const [load1] = loadavg();
const busy = (load1 ?? 0) > availableParallelism() * 0.5;

const markdown = `# @signpost-uk/sdk benchmarks

Bundle size as an app sees it: the built package bundled by esbuild (minified, tree-shaken, browser platform,
ES2022), gzipped at level 9. Written by \`pnpm bench\` (\`scripts/measure-size.ts\`); the same helplines-only check runs
in the consumer test against the installed tarball, so a regression fails the test suite.

- Date: ${new Date().toISOString().slice(0, 10)}
- Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}/${process.arch}
- Load: ${(load1 ?? 0).toFixed(2)} (1-minute average)${busy ? ': a busy machine, shared with other work (sizes do not depend on load)' : ''}

## Against the aims (issues 14 and 26)

${aims}

${table(['Import', 'Minified', 'Gzipped', 'Includes zod', 'Includes the dataset'], rows, [false, true, true, false, false])}

The dataset grows as figures are added; the code beside it and the helplines-only import do not. The bundled dataset
is validated when the package is built, so the queries (\`api.mjs\`, \`bind.mjs\`) load no schema: full zod is in
\`dataset.mjs\` alone, with \`createSignpost\` and the exported schemas, and only an app that checks a dataset from
elsewhere ships it. Input checks at the boundary use zod/mini, whose cost is the row above.

## What a \`getFigures\` app holds

Minified bytes by part, from a bundle of the SDK's and the domain's sources (the same options as above; the built
files gather many source folders each). \`validated-dataset\` is the data (the literal above, with the reports-read
counts and the decoding); \`person-words\` is the help-first reading's word lists, which every query ships.

${breakdown}

## Issue 26's cuts (2026-12-05)

The \`getFigures\` app was 159.0 KiB gzipped (45.3 KiB code, 113.8 KiB data); each cut, measured by this script in
turn, saved:

${cuts}

Every decoded record is the data files' as the schema parses them, key order included (domain test
\`compact-records.test.ts\`); no field is dropped and nothing is stored pre-compressed. The decoding runs once, on
the first call: measured by hand on this machine, about 2 ms once the decoder is compiled and 30 to 60 ms cold (a
process's first call), where parsing the records' JSON took 10 to 25 ms. What is left is mostly text that has to
ship: quotes (about 15 KiB gzipped), figure notes (7), addresses and titles of sources (11), place names (7). The
90 KiB aim is not met: the code beside the data is 25 KiB's aim plus about 10 (zod/mini, the help services and the
person words among it).

Since the cuts: the evening's changes took the app from 103.9 to 102.8 KiB (the input schemas made through
\`@__PURE__\` calls, the bot's reply words no longer kept alive by a shared template); then the person words grew by 43
rules (a sentence about someone, a child's age, a help service named on its own), 102.8 to 103.1 KiB. Those rules
stay: they are what tells a child's message from a place.

How much an encoding could still win, measured on the data literal above: gzip level 9 holds it in ${kb(dataGzipped)};
brotli at quality 11 in ${kb(dataNearWindow)} with gzip's 32 KiB window and ${kb(dataWideWindow)} with a 16 MiB window.
Only the second difference, ${kb(dataNearWindow - dataWideWindow)}, comes from repeats farther apart than gzip sees (a
quote in a claim and again in its figure), so it bounds what interning strings across tables could save; the rest is
brotli's built-in dictionary and coding, which the measure (gzip) does not have. The aim would take about
${kb(figuresOnly.gzipped - AIM_FIGURES_APP)} less, more than any encoding of the same content finds: it would mean
shipping less of what the answers cite.

On 2026-12-06 the app grew from 103.1 to 104.7 KiB, all of it code, for answers that used to be dead ends or to
mislead: the names Signpost does not cover (Alderney, Sark, the Channel Islands, British Transport Police) said as
such, with their Welsh names; the names within a phrase ("crime in leeds") offered as choices; a calendar year
offering only the financial years held; more years read as people write them, in English and Welsh; more of what a
child types read as a person; and an answer or trend led by an old year saying which later years were looked for
(the release ledger's years, worked out per answer).

Later on 2026-12-06, 104.7 to 104.8 KiB: the sentences still typed outside the domain's \`text/\` moved into it
(the choices a name gives, a comparison's missing area, the SDK's unreadable-query sentence), as one export each so an app bundles
only those its queries say; the 0.1 KiB is the functions around them. Nothing was cut from the answers.
`;
writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), markdown);
