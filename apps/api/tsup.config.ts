import { createTsupConfig } from '../../tsup.shared.js';

/** The library (`createApi` and the route definitions): ESM with declarations, for tests and embedding. */
const library = createTsupConfig({
	entry: { index: 'src/index.ts' },
	format: ['esm'],
	platform: 'node',
	target: 'node20',
	// The three builds run in parallel, so none empties dist.
	clean: false,
});

/** `pnpm api`: the Node server, one ESM file. */
const node = createTsupConfig({
	entry: { main: 'src/node/main.ts' },
	format: ['esm'],
	platform: 'node',
	target: 'node20',
	dts: false,
	clean: false,
});

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
