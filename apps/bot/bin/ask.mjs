#!/usr/bin/env node
// `pnpm ask` at the repository root runs this file: with no root script of that name, pnpm runs the `ask` bin
// directly, without its `> signpost@ ask` banner, so `pnpm ask --json "<command line>"` prints exactly the
// interaction response body. It builds the bot first (a turbo cache hit when nothing changed), then answers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const botDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(botDir, '..', '..');
const turbo = join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');

if (existsSync(turbo)) {
	const build = spawnSync(turbo, ['run', 'build', '--filter=@signpost-uk/bot', '--output-logs=errors-only'], {
		cwd: repoRoot,
		stdio: ['ignore', 'ignore', 'inherit'],
		shell: process.platform === 'win32',
	});
	if (build.status !== 0) {
		process.stderr.write('Could not build the bot; run `pnpm build` to see why.\n');
		process.exit(build.status ?? 1);
	}
}

await import(pathToFileURL(join(botDir, 'dist', 'ask.mjs')).href);
