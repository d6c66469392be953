import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/** The files the Node bundles read the dataset from, beside their chunks in `dist/`: one per JSON text of the module. */
export const DATASET_FILES = ['dataset-tables.json', 'dataset-searches.json'] as const;

/** A JSON text the generated module holds: `const TABLES_JSON = "…";`. */
const TEXT = /^const (\w+)_JSON = (".*");$/gm;

/** The file beside the bundle a module's JSON text goes to: `TABLES` is `dataset-tables.json`. */
const fileFor = (name: string) => `dataset-${name.toLowerCase()}.json`;

/** Where the bundle is written: the build's outdir, or its outfile's folder. */
function outputDir(options: { outdir?: string; outfile?: string }): string {
	const target = options.outdir ?? (options.outfile ? dirname(options.outfile) : undefined);
	if (!target) throw new Error('dataset-beside-bundle needs an outdir');
	return target;
}

/**
 * The generated module with its JSON texts written to files in `target`, and read from there where it parsed them.
 *
 * @param path - the generated module's path
 * @param source - its text
 * @param target - the bundle's folder
 * @returns the module's text as bundled
 */
async function textsBeside(path: string, source: string, target: string): Promise<string> {
	const texts = [...source.matchAll(TEXT)].map(([line, name, literal]) => ({
		line,
		name: String(name),
		file: fileFor(String(name)),
		text: JSON.parse(String(literal)) as string,
	}));
	const files = texts.map((t) => t.file).join(', ');
	if (files !== DATASET_FILES.join(', '))
		throw new Error(`${path} holds ${files || 'no JSON text'}, not ${DATASET_FILES.join(', ')}`);
	await mkdir(target, { recursive: true });
	let contents = source;
	for (const { line, name, file, text } of texts) {
		await writeFile(join(target, file), text);
		const read = `JSON.parse(readFileSync(new URL('./${file}', import.meta.url), 'utf8'))`;
		contents = contents.replace(line, '').replaceAll(`JSON.parse(${name}_JSON)`, read);
	}
	if (/\w+_JSON\b/.test(contents)) throw new Error(`${path} uses its JSON text other than in JSON.parse`);
	return `import { readFileSync } from 'node:fs';\n${contents}`;
}

/**
 * An esbuild (tsup) plugin for the Node bundles: each JSON text of the domain's generated dataset module
 * (`const TABLES_JSON = "…"`, parsed on first use) is written to a file beside the bundle, and the module reads that
 * file where it parsed the text, on first use. A start that answers no question never reads a file, and no start
 * compiles the text. The Worker keeps the dataset inside its one module (it has no file system).
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
			build.onLoad({ filter: /[\\/]generated[\\/]validated-dataset\.ts$/ }, async (args) => ({
				contents: await textsBeside(args.path, await readFile(args.path, 'utf8'), outputDir(build.initialOptions)),
				loader: 'ts',
				resolveDir: dirname(args.path),
			}));
		},
	};
}
