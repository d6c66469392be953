import { createTsupConfig, NODE_APP_BUILD } from '../../tsup.shared.js';

/** The library (`createApi` and the route definitions): ESM with declarations, for tests and embedding. */
const library = createTsupConfig({ ...NODE_APP_BUILD, entry: { index: 'src/index.ts' } });

/** `pnpm api`: the Node server, one ESM file. */
const node = createTsupConfig({ ...NODE_APP_BUILD, entry: { main: 'src/node/main.ts' }, dts: false });

/**
 * The Cloudflare Worker: `dist/worker.mjs` as ONE self-contained ES module (Hono, the SDK and its bundled dataset
 * inside; no Node built-ins), as Workers upload it.
 */
const worker = createTsupConfig({
	entry: { worker: 'src/worker/worker.ts' },
	format: ['esm'],
	platform: 'browser',
	dts: false,
	clean: false,
	minify: true,
	noExternal: [/.*/],
});

export default [library, node, worker];
