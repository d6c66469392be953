import { defineConfig } from 'tsup';

/**
 * The bot is an application, not a library: ESM bundles for Node with the domain inlined and discord.js left
 * external (only the gateway transport loads it).
 *
 * @example
 * ```sh
 * pnpm --filter @signpost-uk/bot build && node apps/bot/dist/main.mjs
 * ```
 */
export default defineConfig({
	entry: {
		main: 'src/main.ts',
		ask: 'src/ask.ts',
		'deploy-commands': 'src/deploy-commands.ts',
		worker: 'src/transports/worker.ts',
	},
	format: ['esm'],
	platform: 'node',
	target: 'node20',
	outExtension: () => ({ js: '.mjs' }),
	clean: true,
	sourcemap: true,
	splitting: true,
	treeshake: true,
	noExternal: ['@signpost-uk/domain'],
	external: ['discord.js', '@resvg/resvg-js'],
});
