import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options } from 'tsup';
import { createTsupConfig } from '../../tsup.shared.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The domain is bundled into the SDK (consumers install the SDK, zod and date-fns only), read from its TypeScript
 * source so its modules stay separate, side-effect-free files esbuild can drop when unused.
 */
const bundleDomain: Options = {
	noExternal: ['@signpost-uk/domain'],
	// The configs build in parallel, so none empties dist (and a rebuild never leaves dist missing for a moment while
	// another task reads it). The consumer test checks the packed file list, so a stale file cannot ship unnoticed.
	clean: false,
	esbuildOptions(options) {
		options.alias = { '@signpost-uk/domain': here('../domain/src/index.ts') };
	},
};

/**
 * The ESM build is five self-contained files plus an index that only re-exports them, so a bundler keeps only the
 * files whose exports are used: `help.mjs` (the help lines: no dataset, no zod), `output.mjs` (text, Markdown and
 * CSV writers), `bind.mjs` (the queries over any validated dataset, with zod/mini for input checks), `api.mjs` (the
 * bundled dataset and the functions over it) and `dataset.mjs` (the dataset schemas and `createSignpost`: the only
 * file that loads full zod, because a schema built at the top of a module is kept by every bundler whether used or
 * not; and it does not load the bundled dataset). esbuild's own code splitting cannot do this:
 * it puts every domain module in one shared chunk. So imports that cross from one file to another are left as
 * imports of the built file.
 */
const ESM_FILES: Record<string, string> = {
	[here('src/help/get-helplines.ts')]: './help.mjs',
	[here('src/output.ts')]: './output.mjs',
	[here('src/api/bind-signpost.ts')]: './bind.mjs',
	[here('src/api.ts')]: './api.mjs',
	[here('src/dataset.ts')]: './dataset.mjs',
};

const esm = createTsupConfig({
	...bundleDomain,
	entry: {
		index: 'src/index.ts',
		help: 'src/help/get-helplines.ts',
		output: 'src/output.ts',
		bind: 'src/api/bind-signpost.ts',
		api: 'src/api.ts',
		dataset: 'src/dataset.ts',
	},
	format: ['esm'],
	dts: { entry: { index: 'src/index.ts' }, resolve: ['@signpost-uk/domain'] },
	esbuildPlugins: [
		{
			name: 'signpost-esm-files',
			setup(build) {
				build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
					const file = ESM_FILES[resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'))];
					return file ? { path: file, external: true } : undefined;
				});
			},
		},
	],
});

/** CommonJS: one file. */
const cjs = createTsupConfig({
	...bundleDomain,
	entry: { index: 'src/index.ts' },
	format: ['cjs'],
	dts: { entry: { index: 'src/index.ts' }, resolve: ['@signpost-uk/domain'] },
});

/** The `signpost` command: Node only, one file. */
const cli = createTsupConfig({
	...bundleDomain,
	entry: { cli: 'src/cli/main.ts' },
	format: ['esm'],
	platform: 'node',
	target: 'node20',
	dts: false,
	banner: { js: '#!/usr/bin/env node' },
});

export default [esm, cjs, cli];
