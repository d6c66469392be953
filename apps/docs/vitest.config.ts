import { createVitestProject } from '../../vitest.shared.js';

// The browser tests build the site when it is missing, which takes a while on two cores.
export default createVitestProject({ test: { name: 'docs', testTimeout: 120_000, hookTimeout: 300_000 } });
