import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The vitest settings every workspace shares; each workspace merges its own on top.
 *
 * Each workspace runs as its own vitest root under turbo (so its JSON report lands in its own
 * `test-results/`), and the root `vitest.config.ts` lists them all as `projects` for a single run with coverage.
 *
 * @example
 * ```ts
 * // packages/domain/vitest.config.ts
 * import { createVitestProject } from '../../vitest.shared.js';
 * export default createVitestProject({ test: { name: 'domain' } });
 * ```
 */
export function createVitestProject(overrides: ViteUserConfig = {}): ViteUserConfig {
	const shared: ViteUserConfig = {
		test: {
			include: ['src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
			environment: 'node',
			testTimeout: 20_000,
			typecheck: { enabled: false },
			// The JSON report gives CI its totals across workspaces (see .ci/run).
			reporters: ['default', 'json'],
			outputFile: { json: 'test-results/vitest.json' },
		},
	};
	return defineConfig(mergeConfig(shared, overrides));
}
