import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { APP_BUNDLE } from './bundle-size.js';

/** One part of a bundle: a group of source files and the minified bytes they put in it. */
export interface BundlePart {
	readonly part: string;
	readonly bytes: number;
}

/** The group a source file counts in: the generated data modules by name, else the folder under `src/`, or the package. */
function partOf(path: string): string {
	const generated = /domain\/src\/generated\/([^/]+)\.ts$/.exec(path);
	if (generated) return `domain generated: ${generated[1]}`;
	const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
	if (pkg) return `package: ${pkg[1]}`;
	const source = /(?:^|\/)(?:(domain)\/)?src\/([^/]+)/.exec(path);
	if (source) return `${source[1] ?? 'sdk'}: ${source[2]?.replace(/\.ts$/, '')}`;
	return path;
}

/**
 * What a consumer's bundle holds, by part: the same bundle as `bundleSize` makes (minified, tree-shaken, for
 * browsers), but from the SDK's and the domain's TypeScript sources, so each byte is counted against the folder it
 * comes from rather than against the built file that gathered it.
 *
 * @param code - the consumer's module, importing from `./src/index.ts`
 * @returns the parts, largest first
 * @example
 * ```ts
 * const parts = await codeBreakdown("export { getFigures } from './src/index.ts';");
 * ```
 */
export async function codeBreakdown(code: string): Promise<BundlePart[]> {
	const packageDir = fileURLToPath(new URL('..', import.meta.url));
	const result = await build({
		stdin: { contents: code, resolveDir: packageDir, loader: 'ts' },
		alias: { '@signpost-uk/domain': fileURLToPath(new URL('../../domain/src/index.ts', import.meta.url)) },
		...APP_BUNDLE,
	});
	const parts = new Map<string, number>();
	for (const out of Object.values(result.metafile.outputs))
		for (const [path, input] of Object.entries(out.inputs))
			if (input.bytesInOutput > 0) parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + input.bytesInOutput);
	return [...parts].map(([part, bytes]) => ({ part, bytes })).sort((a, b) => b.bytes - a.bytes);
}
