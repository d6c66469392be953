import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';

const BOT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs a source entry point with tsx, as `pnpm ask` / `pnpm start` run the built one, with no Discord credentials. */
function run(entry: string, args: string[], input?: string) {
	const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'silent' };
	const result = spawnSync(process.execPath, ['--import', 'tsx', `src/${entry}`, ...args], {
		cwd: BOT_ROOT,
		env,
		input: input ?? '',
		encoding: 'utf8',
		timeout: 30_000,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pnpm ask', () => {
	it('answers one command line as text, with both help numbers, and exits 0', () => {
		const result = run('ask.ts', ['/figures area:Derbyshire year:2016/17']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Derbyshire');
		for (const number of HELP_NUMBERS) expect(result.stdout).toContain(number);
	});

	it('prints exactly the interaction response body with --json', () => {
		const result = run('ask.ts', ['--json', '/figures area:"Thames Valley"']);
		expect(result.code).toBe(0);
		const body = JSON.parse(result.stdout) as { type: number; data: { content: string; allowed_mentions?: unknown } };
		expect(body.type).toBe(4);
		for (const number of HELP_NUMBERS) expect(body.data.content).toContain(number);
		expect(result.stdout.trim().split('\n')).toHaveLength(1);
	});

	it('refuses an unparseable line with the help lines and exit code 2, echoing nothing typed', () => {
		const result = run('ask.ts', ['/figures area:"Unclosed-Typed-Words']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/Could not read that command line/);
		expect(result.stderr).not.toContain('Unclosed-Typed-Words');
		for (const number of HELP_NUMBERS) expect(result.stderr).toContain(number);
		expect(run('ask.ts', []).code).toBe(2);
	});
});

describe('pnpm start without credentials (local console)', () => {
	it('answers each piped line as Discord would show it and exits 0 when input closes', () => {
		const result = run('main.ts', [], '/support\n/figures area:Derbyshire\nnot a command\n');
		expect(result.code).toBe(0);
		const replies = result.stdout.split('Could not read that command line');
		expect(replies).toHaveLength(2);
		for (const number of HELP_NUMBERS) {
			expect(result.stdout.split(number).length - 1).toBeGreaterThanOrEqual(3);
		}
	});
});
