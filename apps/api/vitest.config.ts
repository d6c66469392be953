import { createVitestProject } from '../../vitest.shared.js';

// These start the built Node server (dist/main.mjs) or the built Worker (dist/worker.mjs) in workerd: their own task,
// `test:package`, after the build.
export default createVitestProject(
	{ test: { name: 'api' } },
	{
		package: [
			'src/__tests__/node-server.test.ts',
			'src/__tests__/workerd.test.ts',
			'src/__tests__/readme-examples.test.ts',
		],
	},
);
