import { defineConfig, type Options } from 'tsup';

/**
 * The one tsup configuration the publishable packages share: ESM and CJS with declarations for both,
 * tree-shakeable, targeting Node 20 and modern browsers and Workers alike.
 *
 * @example
 * ```ts
 * // packages/sdk/tsup.config.ts
 * import { createTsupConfig } from '../../tsup.shared.js';
 * export default createTsupConfig({ entry: ['src/index.ts'] });
 * ```
 */
export function createTsupConfig(options: Options = {}) {
	return defineConfig({
		entry: ['src/index.ts'],
		format: ['esm', 'cjs'],
		dts: true,
		clean: true,
		sourcemap: true,
		splitting: false,
		treeshake: true,
		target: 'es2022',
		platform: 'neutral',
		outExtension: ({ format }) => ({ js: format === 'esm' ? '.mjs' : '.cjs' }),
		...options,
	});
}

/**
 * What an app's Node-only build adds to {@link createTsupConfig}: Node 20, ESM, and no clean, since an app's builds
 * (library, server, command, Worker) run in parallel into one `dist`.
 *
 * @example
 * ```ts
 * createTsupConfig({ ...NODE_APP_BUILD, entry: { main: 'src/node/main.ts' }, dts: false });
 * ```
 */
export const NODE_APP_BUILD = {
	format: ['esm'],
	platform: 'node',
	target: 'node20',
	clean: false,
} as const satisfies Options;
