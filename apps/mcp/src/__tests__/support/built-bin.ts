import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package directory and the built `signpost-mcp` bin, as `npm install` would link it. */
export const PACKAGE_DIR = fileURLToPath(new URL('../../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../../dist/cli.mjs', import.meta.url));

/** Builds the package when its bin is missing (turbo builds before testing; a bare `vitest run` may not have). */
export function ensureBuilt(): void {
	if (existsSync(BIN)) return;
	const result = spawnSync('pnpm', ['run', 'build'], { cwd: PACKAGE_DIR, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`build failed\n${result.stdout}\n${result.stderr}`);
}
