import { defineProject, mergeConfig, type UserWorkspaceConfig } from 'vitest/config';

/**
 * The vitest settings every workspace shares; each workspace merges its own on top.
 *
 * @example
 * ```ts
 * // packages/domain/vitest.config.ts
 * import { createVitestProject } from '../../vitest.shared.js';
 * export default createVitestProject({ test: { name: 'domain' } });
 * ```
 */
export function createVitestProject(overrides: UserWorkspaceConfig = {}) {
	return mergeConfig(
		defineProject({
			test: {
				include: ['src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
				environment: 'node',
				testTimeout: 20_000,
				typecheck: { enabled: false },
				// The JSON report gives CI its totals across workspaces (see .ci/run).
				reporters: ['default', 'json'],
				outputFile: { json: 'test-results/vitest.json' },
			},
		}),
		overrides,
	);
}
