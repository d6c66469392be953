import { defineConfig } from 'tsup';
import { DOMAIN_SOURCE } from './build/domain-source.js';
import { inlineDiscordConstants } from './build/inline-discord-constants.js';

/**
 * The Cloudflare Worker: `dist/worker.mjs` as ONE self-contained ES module (no shared chunks, no imports left), as
 * Workers upload it: the core, the domain and the bundled dataset inside, discord-api-types' enums inlined, and no
 * Node built-ins. Built after `tsup.config.ts` (which cleans `dist/`).
 *
 * @example
 * ```sh
 * pnpm --filter @signpost-uk/bot build && npx wrangler deploy   # wrangler.toml: main = "dist/worker.mjs"
 * ```
 */
export default defineConfig({
	entry: { worker: 'src/transports/worker.ts' },
	format: ['esm'],
	platform: 'browser',
	target: 'es2022',
	outExtension: () => ({ js: '.mjs' }),
	clean: false,
	sourcemap: true,
	splitting: false,
	treeshake: true,
	minify: false,
	noExternal: [/.*/],
	esbuildPlugins: [inlineDiscordConstants()],
	esbuildOptions(options) {
		options.alias = { ...options.alias, '@signpost-uk/domain': DOMAIN_SOURCE };
	},
});
