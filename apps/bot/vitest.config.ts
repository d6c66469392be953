import { createVitestProject } from '../../vitest.shared.js';

// The workerd test serves the built dist/worker.mjs: its own task, `test:package`, after the bot's build.
export default createVitestProject(
	{ test: { name: 'bot' } },
	{ package: ['src/transports/__tests__/workerd.test.ts'] },
);
