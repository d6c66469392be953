// `pnpm bench`: measures the built package as an app's bundler sees it and writes BENCHMARKS.md.
// Run after `pnpm build` (turbo's bench task builds first).
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleSize } from './bundle-size.js';
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
const AIM_CODE = 25 * 1_024;
const AIM_HELP = 3 * 1_024;
const helpOnly = await bundleSize("export { getHelplines } from '@signpost-uk/sdk';", packageDir, []);
const aims = table(
	['Aim', 'Measured', 'Target', 'Met'],
	[
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

## Against the aims (issue 14)

${aims}

${table(['Import', 'Minified', 'Gzipped', 'Includes zod', 'Includes the dataset'], rows, [false, true, true, false, false])}

The dataset grows as figures are added; the code beside it and the helplines-only import do not. The bundled dataset
is validated when the package is built, so the queries (\`api.mjs\`, \`bind.mjs\`) load no schema: full zod is in
\`dataset.mjs\` alone, with \`createSignpost\` and the exported schemas, and only an app that checks a dataset from
elsewhere ships it. Input checks at the boundary use zod/mini, whose cost is the row above.
`;
writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), markdown);
