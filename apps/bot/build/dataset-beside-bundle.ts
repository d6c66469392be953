import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/** The file the Node bundles read the dataset from, beside their chunks in `dist/`. */
export const DATASET_FILE = 'dataset.json';

// Stands in for the domain's generated module in the Node bundles: the same `validatedDataset()`, reading the JSON
// beside the bundle on its first call instead of holding 575 KB of text in the module every start has to compile.
const LOADER = `import { readFileSync } from 'node:fs';
let parsed;
export function validatedDataset() {
	parsed ??= JSON.parse(readFileSync(new URL('./${DATASET_FILE}', import.meta.url), 'utf8'));
	return parsed;
}
`;

/**
 * An esbuild (tsup) plugin for the Node bundles: the domain's generated dataset module (`const DATASET_JSON = "…"`,
 * parsed on first use) is replaced by a loader that reads `dist/dataset.json`, written here from the same text, on
 * first use. A start that answers no question never reads the file, and no start compiles the text. The Worker keeps
 * the dataset inside its one module (it has no file system).
 *
 * @example
 * ```ts
 * // tsup.config.ts
 * export default defineConfig({ entry: ['src/main.ts'], esbuildPlugins: [datasetBesideBundle()] });
 * ```
 */
export function datasetBesideBundle(): Plugin {
	return {
		name: 'dataset-beside-bundle',
		setup(build) {
			build.onLoad({ filter: /[\\/]generated[\\/]validated-dataset\.ts$/ }, async (args) => {
				const source = await readFile(args.path, 'utf8');
				const literal = /^const DATASET_JSON = (".*");$/m.exec(source)?.[1];
				if (literal === undefined) throw new Error(`${args.path} does not hold "const DATASET_JSON = …;"`);
				const { outdir, outfile } = build.initialOptions;
				const target = outdir ?? (outfile ? dirname(outfile) : undefined);
				if (!target) throw new Error('dataset-beside-bundle needs an outdir');
				await mkdir(target, { recursive: true });
				await writeFile(join(target, DATASET_FILE), JSON.parse(literal) as string);
				return { contents: LOADER, loader: 'js' };
			});
		},
	};
}
