import { defineConfig } from 'vitest/config';

// Root view over every workspace: `pnpm vitest` here runs all projects at once with v8 coverage.
export default defineConfig({
	test: {
		projects: ['packages/*', 'apps/*'],
		coverage: {
			provider: 'v8',
			include: ['packages/*/src/**', 'apps/*/src/**'],
			exclude: ['**/__tests__/**'],
			reporter: ['text-summary', 'json-summary'],
		},
	},
});
