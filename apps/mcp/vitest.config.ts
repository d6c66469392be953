import { createVitestProject } from '../../vitest.shared.js';

// These run the built bin (dist/cli.mjs) or its packed tarball: their own task, `test:package`, after the build.
export default createVitestProject(
	{ test: { name: 'mcp' } },
	{ package: ['src/__tests__/http.test.ts', 'src/__tests__/stdio.test.ts', 'src/__tests__/package.test.ts'] },
);
