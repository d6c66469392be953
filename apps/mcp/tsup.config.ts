import { createTsupConfig, NODE_APP_BUILD } from '../../tsup.shared.js';

/** The library: ESM and CommonJS with declarations. The SDK and the MCP SDK stay dependencies, not bundled. */
// The package test checks the packed file list, so a stale file in the uncleaned dist cannot ship unnoticed.
const library = createTsupConfig({ ...NODE_APP_BUILD, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'] });

/** The `signpost-mcp` command: Node only, one ESM file. */
const cli = createTsupConfig({
	...NODE_APP_BUILD,
	entry: { cli: 'src/cli/main.ts' },
	dts: false,
	banner: { js: '#!/usr/bin/env node' },
});

export default [library, cli];
