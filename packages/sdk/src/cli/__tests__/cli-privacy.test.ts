// Privacy (issue 23) for the `signpost` CLI, run as a child process the way a person runs it: a person's message
// given as any argument or option value (quoted, or typed without quotes, or as a folder to export to) gets the
// help-first reply (on stdout; on stderr with --csv), exit 3, and is never printed on stdout or stderr, never a file's or folder's name and
// never written into a file; the run leaves its working folder and home empty, and no temporary file holds them. The same for every text argument in
// process, over the real process.stdout and process.stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HELP_NUMBERS, LONG_PERSON_MESSAGE, PERSON_PHRASES, PRIVATE_PHRASE } from '@signpost-uk/domain/testing';
import { afterAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { EXIT, runCli } from '../run-cli.js';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
/** tsx runs the CLI from its source, so the test needs no build. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const scratch = mkdtempSync(join(tmpdir(), 'signpost-cli-privacy-'));
const temporary = mkdtempSync(join(scratch, 'tmp-'));

afterAll(() => {
	rmSync(scratch, { recursive: true, force: true });
});

/** Every file and folder under `dir`, by path, with each file's text. */
function contents(dir: string): { paths: string[]; text: string } {
	const paths: string[] = [];
	let text = '';
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		const path = join(entry.parentPath, entry.name);
		paths.push(path);
		if (entry.isFile()) text += readFileSync(path, 'utf8');
	}
	return { paths, text };
}

/** Runs `signpost <argv>` as a child process in an empty working folder with an empty home. */
function runSignpost(argv: readonly string[]) {
	const cwd = mkdtempSync(join(scratch, 'run-'));
	const home = mkdtempSync(join(scratch, 'home-'));
	const result = spawnSync(process.execPath, ['--import', TSX, MAIN, ...argv], {
		cwd,
		// The temporary folder is tsx's compile cache (the test's runner, not the CLI): read below, not required empty.
		env: { PATH: process.env.PATH ?? '', HOME: home, USERPROFILE: home, TMPDIR: temporary, NO_COLOR: '1' },
		encoding: 'utf8',
		timeout: 120_000,
	});
	return {
		code: result.status,
		stdout: result.stdout,
		stderr: result.stderr,
		left: [contents(cwd), contents(home)],
		temporary: contents(temporary),
	};
}

/** The words that would give the message away. */
function expectNoEcho(text: string, where: string): void {
	const lower = text.toLowerCase();
	for (const words of [PRIVATE_PHRASE.toLowerCase(), 'touches me', 'dad touches'])
		expect(lower, where).not.toContain(words);
}

const P = PRIVATE_PHRASE;

/** Command lines a person might type, the message in each text position. */
const LINES: readonly (readonly string[])[] = [
	['figures', P],
	['figures', 'Kent', P, '--json'],
	['series', 'Kent', '--platform', P, '--csv'],
	['areas', P],
	['ons', P],
	['hierarchy', P, '--json'],
	['compare', 'Kent', P],
	['national', '--measure', P],
	['figures', 'Kent', '--measure', P],
	['export', P],
	['export', LONG_PERSON_MESSAGE.slice(-200)],
	['changes', P, P],
	[P],
	['figures', ...P.split(' ')],
	['figures', 'Kent', '--age-band', LONG_PERSON_MESSAGE],
];

describe('the signpost CLI, run as a child process with a person’s message', () => {
	it('answers help first, exit 3, and never prints, keeps or writes the words', () => {
		for (const argv of LINES) {
			const where = argv.map((a) => (a.length > 40 ? `${a.slice(0, 20)}…` : a)).join(' ');
			const run = runSignpost(argv);
			expect(run.code, where).toBe(EXIT.helpFirst);
			// The reply is on stdout; with --csv on stderr, so no help text is taken for a data row.
			const reply = argv.includes('--csv') ? run.stderr : run.stdout;
			for (const number of HELP_NUMBERS) expect(reply, where).toContain(number);
			expect(reply, where).not.toMatch(/No area matches|Did you mean|Usage:|Unknown command|Wrote the data package/);
			expectNoEcho(run.stdout, `${where}: stdout`);
			expectNoEcho(run.stderr, `${where}: stderr`);
			// Nothing is left behind: no folder named after the words, no file holding them.
			for (const left of run.left) expect(left.paths, where).toEqual([]);
			expectNoEcho(`${run.temporary.paths.join('\n')}\n${run.temporary.text}`, `${where}: temporary files`);
		}
	}, 600_000);

	it('still exports to a folder that is a folder’s name, and answers a place, as before', () => {
		const exported = runSignpost(['export', 'out']);
		expect(exported.code).toBe(EXIT.ok);
		expect(exported.left[0]?.paths.some((path) => path.endsWith('datapackage.json'))).toBe(true);
		const found = runSignpost(['figures', 'Reading', '2016/17']);
		expect(found.code).toBe(EXIT.ok);
		expect(found.stdout).toContain('Thames Valley Police');
	}, 300_000);
});

/** Every text argument and option value of every command, `P` in each place; and `P` as a command, split, or after `help`. */
function argumentsWith(P: string): readonly (readonly string[])[] {
	return [
		['figures', P],
		['figures', 'Kent', P],
		['figures', 'Kent', '--age-band', P],
		['figures', 'Kent', '--sex', P],
		['figures', 'Kent', '--platform', P],
		['series', P],
		['series', 'Kent', P],
		['series', 'Kent', '--from', P],
		['series', 'Kent', '--to', P],
		['areas', P],
		['ons', P],
		['hierarchy', P],
		['compare', P, 'Kent'],
		['compare', 'Kent', 'Essex', '--year', P],
		['compare', 'Kent', 'Essex', '--measure', P],
		['national', P],
		['national', '--measure', P],
		['export', P],
		['changes', P, 'x'],
		['changes', 'x', P],
		[P],
		['measures', P],
		['helplines', P],
		['figures', ...P.split(' ')],
		['help', ...'me please i am scared'.split(' ')],
	];
}

describe('every text argument of every CLI command, in process, over the real standard streams', () => {
	const ARGUMENTS = argumentsWith(PRIVATE_PHRASE);

	it.each(['', '--json', '--csv'])('with %s: help first (or refused without the words), never written', (format) => {
		const written: string[] = [];
		const spies: MockInstance[] = [process.stdout, process.stderr].map((stream) =>
			vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
				written.push(String(chunk));
				return true;
			}),
		);
		try {
			for (const argv of ARGUMENTS) {
				const line = format ? [...argv, format] : [...argv];
				const code = runCli(line, {
					stdout: (text) => process.stdout.write(`${text}\n`),
					stderr: (text) => process.stderr.write(`${text}\n`),
				});
				expect(code, line.join(' ')).toBe(EXIT.helpFirst);
			}
		} finally {
			for (const spy of spies) spy.mockRestore();
		}
		expect(written.length).toBeGreaterThanOrEqual(ARGUMENTS.length);
		expectNoEcho(written.join(''), format || 'text');
	});

	it.each(PERSON_PHRASES.map((p) => [p.text] as const))('"%s" in every text position: help first, exit 3', (text) => {
		// "signpost help" alone is the command that prints the usage (ending with the help lines), tested below.
		for (const argv of argumentsWith(text).filter((a) => a.join(' ') !== 'help')) {
			const out: string[] = [];
			const code = runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
			expect(code, argv.join(' ')).toBe(EXIT.helpFirst);
			const reply = out.join('\n');
			for (const number of HELP_NUMBERS) expect(reply, argv.join(' ')).toContain(number);
			expect(reply, argv.join(' ')).not.toMatch(/No area matches|Did you mean|Usage:|Unknown command/);
			// Four words or more: shorter phrases ("call the police") are also Signpost's own help sentences.
			if (text.split(/\s+/).length >= 4) expect(reply.toLowerCase(), argv.join(' ')).not.toContain(text.toLowerCase());
		}
	});

	it('"signpost help" and --help still print the usage', () => {
		for (const argv of [['help'], ['--help'], ['-h']]) {
			const out: string[] = [];
			expect(runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => out.push(t) })).toBe(EXIT.ok);
			expect(out.join('\n')).toContain('Usage: signpost');
		}
	});
});
