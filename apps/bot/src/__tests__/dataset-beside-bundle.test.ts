import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getBundledDataset } from '@signpost-uk/domain';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASET_FILES, datasetBesideBundle } from '../../build/dataset-beside-bundle.js';
import { DOMAIN_SOURCE } from '../../build/domain-source.js';

const out = mkdtempSync(join(tmpdir(), 'signpost-dataset-beside-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the Node bundles read the dataset from files beside them in dist/ on first use', () => {
	it('a bundle built with the plugin holds no dataset text, and answers from the file beside it', async () => {
		const entry = join(out, 'entry.ts');
		writeFileSync(
			entry,
			`export { getBundledDataset, getBundledDatasetWithoutSearchLogs } from '@signpost-uk/domain';\n`,
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
		const files = DATASET_FILES.map((file) => statSync(join(out, 'dist', file)).size);
		const total = files.reduce((sum, size) => sum + size, 0);
		expect(total).toBeGreaterThan(100_000);
		// Without the plugin the bundle would hold the whole text; with it, only the domain's code and the loader.
		expect(bundle.length).toBeLessThan(total / 2);
		for (const file of DATASET_FILES) expect(bundle).toContain(file);
		const built = (await import(pathToFileURL(join(out, 'dist', 'entry.mjs')).href)) as {
			getBundledDataset: typeof getBundledDataset;
			getBundledDatasetWithoutSearchLogs: typeof getBundledDataset;
		};
		expect(built.getBundledDataset()).toStrictEqual(getBundledDataset());
		expect(built.getBundledDatasetWithoutSearchLogs()).toStrictEqual({ ...getBundledDataset(), searches: [] });
	});
});
