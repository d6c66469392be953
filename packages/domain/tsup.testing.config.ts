import { fileURLToPath } from 'node:url';
import { createTsupConfig } from '../../tsup.shared.js';

const mainEntry = fileURLToPath(new URL('src/index.ts', import.meta.url));

/**
 * The test fixture's entry (`@signpost-uk/domain/testing`), built after the main entry (`pnpm build` runs
 * `tsup && tsup --config tsup.testing.config.ts`) into the same `dist` without emptying it. A build of its own keeps
 * the main entry's declarations in one self-contained file, as the SDK's bundled declarations need: built together,
 * the two entries would share a declaration chunk. The fixture's imports of the main entry are left as imports of
 * the built `index` file, so `testing` holds only the fixture's records and shares the main entry's modules (and
 * caches) at run time instead of bundling a second copy of the domain.
 *
 * @example
 * ```sh
 * pnpm exec tsup --config tsup.testing.config.ts
 * ```
 */
export default createTsupConfig({
	entry: ['src/testing.ts'],
	clean: false,
	esbuildPlugins: [
		{
			name: 'signpost-main-entry-external',
			setup(build) {
				build.onResolve({ filter: /\/index\.js$/ }, async (args) => {
					if (args.kind === 'entry-point' || args.pluginData === 'inner') return undefined;
					const resolved = await build.resolve(args.path, {
						kind: args.kind,
						resolveDir: args.resolveDir,
						pluginData: 'inner',
					});
					if (resolved.path !== mainEntry) return undefined;
					// esbuild writes ESM for both formats here (tsup turns it into CJS afterwards), so the output extension
					// is what tells the two builds apart.
					return { path: `./index${build.initialOptions.outExtension?.['.js'] ?? '.js'}`, external: true };
				});
			},
		},
	],
});
