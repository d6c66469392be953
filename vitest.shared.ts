import { configDefaults, defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The test suites a workspace may run as their own turbo task, apart from its unit tests: `package` for tests of what
 * the workspace builds (its packed tarball, its bin, its bundled Worker: task `test:package`, after the workspace's
 * own `build`), `browser` for tests in a real Chromium (task `test:browser`, after the built site).
 */
export type TestSuite = 'package' | 'browser';

/** For each suite a workspace runs, its test files (relative to the workspace). */
export type TestSuites = Partial<Record<TestSuite, readonly string[]>>;

/** Vite's own modes: `vitest run` is `test`, `vitest bench` is `benchmark`. Both run the unit tests' config. */
const UNIT_MODES = new Set(['test', 'benchmark', 'development', 'production']);

/** The JSON report of one run: `.ci/run` reads every `test-results/vitest*.json` for its totals. */
export function reportFile(suite?: TestSuite): string {
	return suite ? `test-results/vitest-${suite}.json` : 'test-results/vitest.json';
}

function suiteOf(mode: string, suites: TestSuites): TestSuite | undefined {
	if (UNIT_MODES.has(mode)) return undefined;
	const files = suites[mode as TestSuite];
	if (!files) throw new Error(`vitest --mode ${mode}: this workspace has no "${mode}" test suite`);
	return mode as TestSuite;
}

/**
 * The vitest settings every workspace shares; each workspace merges its own on top.
 *
 * Each workspace runs as its own vitest root under turbo (so its JSON report lands in its own
 * `test-results/`), and the root `vitest.config.ts` lists them all as `projects` for a single run with coverage.
 * `vitest run` runs the unit tests (every test file but the suites'); `vitest run --mode <suite>` runs one suite's
 * files, with its own report.
 *
 * @example
 * ```ts
 * // packages/sdk/vitest.config.ts
 * import { createVitestProject } from '../../vitest.shared.js';
 * export default createVitestProject({ test: { name: 'sdk' } }, { package: ['src/__tests__/consumer.test.ts'] });
 * ```
 */
export function createVitestProject(overrides: ViteUserConfig = {}, suites: TestSuites = {}) {
	return defineConfig(({ mode }) => {
		const suite = suiteOf(mode, suites);
		const shared: ViteUserConfig = {
			test: {
				include: ['src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
				environment: 'node',
				testTimeout: 20_000,
				typecheck: { enabled: false },
				// The JSON report gives CI its totals across workspaces (see .ci/run).
				reporters: ['default', 'json'],
				outputFile: { json: reportFile(suite) },
			},
		};
		const merged = mergeConfig(shared, overrides);
		// Set last: mergeConfig concatenates arrays, and a suite's files replace the unit tests' pattern.
		const exclude = [...configDefaults.exclude, ...Object.values(suites).flat()];
		merged.test = suite ? { ...merged.test, include: [...(suites[suite] ?? [])] } : { ...merged.test, exclude };
		return merged;
	});
}
