import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getBundledDataset } from '@signpost-uk/domain';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASET_FILE, datasetBesideBundle } from '../../build/dataset-beside-bundle.js';
import { DOMAIN_SOURCE } from '../../build/domain-source.js';

const out = mkdtempSync(join(tmpdir(), 'signpost-dataset-beside-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the Node bundles read the dataset from dist/dataset.json on first use', () => {
	it('a bundle built with the plugin holds no dataset text, and answers from the file beside it', async () => {
		const entry = join(out, 'entry.ts');
		writeFileSync(
			entry,
			`import { getBundledDataset } from '@signpost-uk/domain';\nexport const figures = () => getBundledDataset().figures.length;\n`,
		);
		await build({
			entryPoints: [entry],
			bundle: true,
			format: 'esm',
			platform: 'node',
			outdir: join(out, 'dist'),
			outExtension: { '.js': '.mjs' },
			logLevel: 'silent',
			alias: { '@signpost-uk/domain': DOMAIN_SOURCE },
			plugins: [datasetBesideBundle()],
		});
		const bundle = readFileSync(join(out, 'dist', 'entry.mjs'), 'utf8');
		const file = statSync(join(out, 'dist', DATASET_FILE)).size;
		expect(file).toBeGreaterThan(100_000);
		// Without the plugin the bundle would hold the whole text; with it, only the domain's code and the loader.
		expect(bundle.length).toBeLessThan(file / 2);
		expect(bundle).toContain(DATASET_FILE);
		expect(JSON.parse(readFileSync(join(out, 'dist', DATASET_FILE), 'utf8'))).toStrictEqual(getBundledDataset());
		const built = (await import(pathToFileURL(join(out, 'dist', 'entry.mjs')).href)) as { figures: () => number };
		expect(built.figures()).toBe(getBundledDataset().figures.length);
	});
});
