import { createTsupConfig } from '../../tsup.shared.js';

/** The library: ESM and CommonJS with declarations. The SDK and the MCP SDK stay dependencies, not bundled. */
const library = createTsupConfig({
	entry: { index: 'src/index.ts' },
	platform: 'node',
	target: 'node20',
	// The two builds run in parallel, so neither empties dist; the package test checks the packed file list, so a
	// stale file cannot ship unnoticed.
	clean: false,
});

/** The `signpost-mcp` command: Node only, one ESM file. */
const cli = createTsupConfig({
	entry: { cli: 'src/cli/main.ts' },
	format: ['esm'],
	platform: 'node',
	target: 'node20',
	dts: false,
	clean: false,
	banner: { js: '#!/usr/bin/env node' },
});

export default [library, cli];
