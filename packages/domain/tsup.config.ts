import { fileURLToPath } from 'node:url';
import { createTsupConfig } from '../../tsup.shared.js';

const mainEntry = fileURLToPath(new URL('src/index.ts', import.meta.url));

/**
 * Two entries: the package itself (`.`) and the test fixture (`./testing`). The testing entry's imports of the main
 * entry are left as imports of the built `index` file, so it holds only the fixture's records and shares the main
 * entry's modules (and caches) at run time instead of bundling a second copy of the domain.
 */
export default createTsupConfig({
	entry: ['src/index.ts', 'src/testing.ts'],
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
