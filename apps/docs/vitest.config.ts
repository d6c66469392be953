import { createVitestProject } from '../../vitest.shared.js';

// The browser tests drive Chromium over the built site: their own task, `test:browser`, after the docs' build. They
// build the site when it is missing, which takes a while on two cores.
export default createVitestProject(
	{ test: { name: 'docs', testTimeout: 120_000, hookTimeout: 300_000 } },
	{ browser: ['src/browser/__tests__/**/*.test.ts'] },
);
