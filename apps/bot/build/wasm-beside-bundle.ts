import { copyFile, mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * An esbuild (tsup) plugin for the Worker bundle: an imported `.wasm` file stays a module of its own, copied beside
 * the bundle and imported as `./<name>` (`@resvg/resvg-wasm/index_bg.wasm` becomes `./resvg.wasm` with `names`),
 * since a Worker may not compile WebAssembly from bytes at run time: it imports `.wasm` modules, which wrangler
 * uploads compiled (its default `CompiledWasm` rule) and workerd loads as `wasm` modules.
 *
 * @example
 * ```ts
 * // tsup.worker.config.ts
 * export default defineConfig({ esbuildPlugins: [wasmBesideBundle({ 'index_bg.wasm': 'resvg.wasm' })] });
 * ```
 */
export function wasmBesideBundle(names: Readonly<Record<string, string>> = {}): Plugin {
	return {
		name: 'wasm-beside-bundle',
		setup(build) {
			build.onResolve({ filter: /\.wasm$/ }, async (args) => {
				// Asking esbuild where the file is comes back here: let that inner lookup through.
				if ((args.pluginData as { wasmBesideBundle?: boolean } | undefined)?.wasmBesideBundle) return undefined;
				const resolved = await build.resolve(args.path, {
					kind: args.kind,
					resolveDir: args.resolveDir,
					pluginData: { wasmBesideBundle: true },
				});
				if (resolved.errors.length > 0) return { errors: resolved.errors };
				const { outdir, outfile } = build.initialOptions;
				const target = outdir ?? (outfile ? dirname(outfile) : undefined);
				if (!target) throw new Error('wasm-beside-bundle needs an outdir');
				const name = names[basename(resolved.path)] ?? basename(resolved.path);
				await mkdir(target, { recursive: true });
				await copyFile(resolved.path, join(target, name));
				return { path: `./${name}`, external: true };
			});
		},
	};
}
