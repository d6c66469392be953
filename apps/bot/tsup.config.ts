import { defineConfig } from 'tsup';
import { datasetBesideBundle } from './build/dataset-beside-bundle.js';
import { DOMAIN_SOURCE } from './build/domain-source.js';
import { inlineDiscordConstants } from './build/inline-discord-constants.js';

/**
 * The bot is an application, not a library: ESM bundles for Node with the domain inlined (its dataset as
 * `dist/dataset-*.json`, read on first use), discord-api-types' enum values inlined at build time (so it is not loaded at run time) and discord.js left external (only the gateway
 * transport loads it). The Worker is built by `tsup.worker.config.ts` as one self-contained module.
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
		sharded: 'src/sharded.ts',
		// `@signpost-uk/bot/commands`: what the docs site imports (package.json exports).
		commands: 'src/commands-entry.ts',
	},
	format: ['esm'],
	platform: 'node',
	target: 'node20',
	outExtension: () => ({ js: '.mjs' }),
	clean: true,
	sourcemap: true,
	splitting: true,
	treeshake: true,
	noExternal: ['@signpost-uk/domain', 'discord-api-types'],
	// discord.js is loaded only by the gateway, and the chart renderer (a native binary) only by the gateway's main.
	external: ['discord.js', '@resvg/resvg-js'],
	// The bundled dataset is read from dist/dataset-*.json on first use (see build/dataset-beside-bundle.ts).
	esbuildPlugins: [inlineDiscordConstants(), datasetBesideBundle()],
	esbuildOptions(options) {
		options.alias = { ...options.alias, '@signpost-uk/domain': DOMAIN_SOURCE };
	},
});
