import { createVitestProject } from '../../vitest.shared.js';

// The consumer test packs the SDK and installs the tarball in a scratch project: its own task, `test:package`.
export default createVitestProject({ test: { name: 'sdk' } }, { package: ['src/__tests__/consumer.test.ts'] });
