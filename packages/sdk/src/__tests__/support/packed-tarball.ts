// Running commands, packing tarballs and checking a package as published, for the tests that install a package as a
// user would: the SDK's consumer test and the MCP server's package test both import this file.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** What a command printed and how it exited. */
export interface RunResult {
	readonly status: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/**
 * Runs a command to its end, without colour, and returns its exit status and output.
 *
 * @param command - the program
 * @param args - its arguments
 * @param cwd - where to run it
 * @returns the exit status and what it printed
 * @example
 * ```ts
 * run('npx', ['--no-install', 'signpost', 'helplines'], project).status; // 0
 * ```
 */
export function run(command: string, args: readonly string[], cwd: string): RunResult {
	const result = spawnSync(command, args, {
		cwd,
		encoding: 'utf8',
		maxBuffer: 64 * 1_024 * 1_024,
		env: { ...process.env, NO_COLOR: '1' },
	});
	return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/**
 * Runs a command that must succeed.
 *
 * @param command - the program
 * @param args - its arguments
 * @param cwd - where to run it
 * @returns its standard output
 * @throws when it exits non-zero, with the command line and all it printed
 * @example
 * ```ts
 * mustRun('npm', ['install', tarball], project);
 * ```
 */
export function mustRun(command: string, args: readonly string[], cwd: string): string {
	const result = run(command, args, cwd);
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
	}
	return result.stdout;
}

/**
 * Packs a package with `pnpm pack` (workspace dependencies written as versions, as on publishing).
 *
 * @param dir - the package's directory
 * @param destination - where to write the tarball
 * @returns the tarball's path
 * @throws when no new tarball appears
 * @example
 * ```ts
 * const tarball = pack(packageDir, packDir);
 * ```
 */
export function pack(dir: string, destination: string): string {
	const before = new Set(readdirSync(destination));
	mustRun('pnpm', ['pack', '--pack-destination', destination], dir);
	const tarball = readdirSync(destination).find((name) => name.endsWith('.tgz') && !before.has(name));
	if (!tarball) throw new Error(`pnpm pack wrote no tarball in ${dir}`);
	return join(destination, tarball);
}

/**
 * The files a tarball holds, sorted (`package/dist/index.mjs`, ...).
 *
 * @param tarball - the tarball's path
 * @param cwd - where to run `tar`
 * @returns its file paths
 * @example
 * ```ts
 * tarballFiles(tarball, scratch).includes('package/README.md');
 * ```
 */
export function tarballFiles(tarball: string, cwd: string): string[] {
	return mustRun('tar', ['-tzf', tarball], cwd).split('\n').filter(Boolean).sort();
}

/**
 * The two checks of a package as published, as tests: publint (strict) reports nothing, and arethetypeswrong finds no
 * problem for any resolution. Call inside a `describe`; each runs the tool from the package's own `node_modules/.bin`.
 *
 * @param packageDir - the package's directory
 * @example
 * ```ts
 * describe('the package as published', { timeout: STEP_TIMEOUT }, () => {
 * 	itPassesPublintAndAttw(packageDir);
 * });
 * ```
 */
export function itPassesPublintAndAttw(packageDir: string): void {
	const bin = (name: string) => join(packageDir, 'node_modules', '.bin', name);

	it('publint reports nothing', () => {
		const result = run(bin('publint'), ['--strict'], packageDir);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		expect(result.stdout).toContain('All good');
	});

	it('@arethetypeswrong/cli finds no problem for any resolution (node10, node16 CJS and ESM, bundler)', () => {
		const result = run(bin('attw'), ['--pack', '.', '--format', 'json'], packageDir);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(report.analysis.problems).toEqual([]);
	});
}
