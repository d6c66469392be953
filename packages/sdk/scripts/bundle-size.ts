import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';

/** The size of one bundle, and which files went into it. */
export interface BundleSize {
	readonly minified: number;
	readonly gzipped: number;
	/** The bundle itself, minified. */
	readonly text: string;
	/** Input files with at least one byte in the bundle, as esbuild names them (relative to the working directory). */
	readonly inputs: readonly string[];
}

/** How an app's bundler builds it, as every size here is measured: minified, tree-shaken, ESM for the browser. */
export const APP_BUNDLE = {
	bundle: true,
	minify: true,
	treeShaking: true,
	format: 'esm',
	platform: 'browser',
	target: 'es2022',
	write: false,
	metafile: true,
	logLevel: 'silent',
} as const satisfies BuildOptions;

/**
 * Bundles some consumer code the way an app's bundler would (minified, tree-shaken, for browsers and Workers) and
 * measures it.
 *
 * @param code - the consumer's module, e.g. `export { getHelplines } from '@signpost-uk/sdk';`
 * @param resolveDir - where `@signpost-uk/sdk` resolves from (a project with it installed, or this package)
 * @param external - packages left out of the bundle
 * @returns minified and gzipped byte counts, and the input files
 * @example
 * ```ts
 * const { gzipped } = await bundleSize("export { getHelplines } from '@signpost-uk/sdk';", projectDir);
 * ```
 */
export async function bundleSize(code: string, resolveDir: string, external: string[] = []): Promise<BundleSize> {
	const result = await build({ ...APP_BUNDLE, stdin: { contents: code, resolveDir, loader: 'js' }, external });
	const output = result.outputFiles[0]?.contents ?? new Uint8Array();
	return {
		minified: output.byteLength,
		gzipped: gzipSync(output, { level: 9 }).byteLength,
		text: new TextDecoder().decode(output),
		inputs: Object.values(result.metafile.outputs).flatMap((out) =>
			Object.entries(out.inputs)
				.filter(([, input]) => input.bytesInOutput > 0)
				.map(([path]) => path),
		),
	};
}
