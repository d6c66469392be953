import { createVitestProject } from '../../vitest.shared.js';

export default createVitestProject({ test: { name: 'mcp' } });
