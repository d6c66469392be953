import { expect } from 'vitest';
import type { Signpost } from '../../api/signpost.js';
import { runCli } from '../../cli/run-cli.js';

/** The three numbers every output carries. */
export const NUMBERS = ['0800 1111', '0808 800 5000', '999'];

/** What one CLI run wrote, and its exit code. */
export interface CliRun {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs the CLI over an API (default: the bundled dataset), capturing stdout and stderr. */
export function runCaptured(argv: readonly string[], signpost?: Signpost): CliRun {
	const out: string[] = [];
	const err: string[] = [];
	const code = runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, signpost);
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The last lines a person sees hold all three numbers. */
export function expectEndsWithHelp(text: string): void {
	const tail = text.trimEnd().split('\n').slice(-3).join('\n');
	for (const number of NUMBERS) expect(tail).toContain(number);
}

/** Found: exit 0, each text on stdout, nothing on stderr, and the help lines last. */
export function expectFound(result: CliRun, ...texts: string[]): void {
	expect(result.code).toBe(0);
	for (const text of texts) expect(result.stdout).toContain(text);
	expect(result.stderr).toBe('');
	expectEndsWithHelp(result.stdout);
}

/** Not found: exit 1, nothing on stdout, each text on stderr, and the help lines last. */
export function expectNotFound(result: CliRun, ...texts: string[]): void {
	expect(result.code).toBe(1);
	expect(result.stdout).toBe('');
	for (const text of texts) expect(result.stderr).toContain(text);
	expectEndsWithHelp(result.stderr);
}
