import { defineConfig } from 'tsup';
import { DOMAIN_SOURCE } from './build/domain-source.js';
import { inlineDiscordConstants } from './build/inline-discord-constants.js';
import { wasmBesideBundle } from './build/wasm-beside-bundle.js';

/**
 * The Cloudflare Worker: `dist/worker.mjs`, one ES module (no shared chunks), as Workers upload it: the core, the
 * domain and the bundled dataset inside, discord-api-types' enums inlined, the chart font inlined as bytes, and no
 * Node built-ins. Its one import is `./resvg.wasm` (the chart renderer, copied to `dist/resvg.wasm`), a module of its
 * own, since a Worker cannot compile WebAssembly from bytes. Built after `tsup.config.ts` (which cleans `dist/`).
 *
 * @example
 * ```sh
 * pnpm --filter @signpost-uk/bot build && npx wrangler deploy   # wrangler.toml: main = "dist/worker.mjs"
 * ```
 */
export default defineConfig({
	entry: { worker: 'src/transports/worker-entry.ts' },
	format: ['esm'],
	platform: 'browser',
	target: 'es2022',
	outExtension: () => ({ js: '.mjs' }),
	clean: false,
	sourcemap: true,
	splitting: false,
	treeshake: true,
	// Minified: a smaller upload and less to parse when an isolate starts; the source map keeps stack traces readable.
	minify: true,
	noExternal: [/.*/],
	loader: { '.ttf': 'binary' },
	esbuildPlugins: [inlineDiscordConstants(), wasmBesideBundle({ 'index_bg.wasm': 'resvg.wasm' })],
	esbuildOptions(options) {
		options.alias = { ...options.alias, '@signpost-uk/domain': DOMAIN_SOURCE };
	},
});
