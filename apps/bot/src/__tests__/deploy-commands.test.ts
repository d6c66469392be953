import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../commands/definitions.js';
import { allCommandDefinitions } from '../commands/welsh-commands.js';
import { type FakeDiscord, startFakeDiscord } from '../transports/__tests__/support/fake-discord.js';
import { runTsx, type ScriptRun } from './support/run-tsx.js';

const BOT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
let fake: FakeDiscord;

beforeEach(async () => {
	fake = await startFakeDiscord();
});
afterEach(async () => {
	await fake.close();
});

/** Runs the deploy script from source (asynchronously, so the fake server in this process can answer it). */
function deploy(args: string[], extraEnv: Record<string, string>): Promise<ScriptRun> {
	return runTsx('src/deploy-commands.ts', args, {
		cwd: BOT_ROOT,
		env: { PATH: process.env.PATH, HOME: process.env.HOME, ...extraEnv },
	});
}

describe('deploy-commands', () => {
	it('--dry-run prints the definitions, English then Welsh, as JSON and sends nothing', async () => {
		const result = await deploy(['--dry-run'], {});
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(allCommandDefinitions)));
		expect(JSON.parse(result.stdout).map((c: { name: string }) => c.name)).toEqual([
			...commandDefinitions.map((c) => c.name),
			...['ffigurau', 'cymharu', 'tuedd', 'cenedlaethol', 'ffynonellau', 'cymorth', 'gorchmynion', 'ynghylch'],
		]);
		expect(fake.requests).toHaveLength(0);
	});

	it('registers guild commands once, then reports them up to date', async () => {
		const env = {
			DISCORD_TOKEN: TOKEN,
			DISCORD_APPLICATION_ID: '1100000000000000001',
			DISCORD_GUILD_ID: '1100000000000000002',
			DISCORD_API_BASE_URL: `${fake.url}/api/v10`,
		};
		const first = await deploy([], env);
		expect(first.stderr).toBe('');
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(/Registered \d+ guild commands/);
		const second = await deploy([], env);
		expect(second.stdout).toMatch(/already up to date/);
		expect(fake.requests.map((request) => request.method)).toEqual(['GET', 'PUT', 'GET']);
	});

	it('names the missing variables and exits 2', async () => {
		const result = await deploy([], {});
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/DISCORD_TOKEN: is required/);
	});

	it('never prints the token when Discord refuses', async () => {
		const result = await deploy([], {
			DISCORD_TOKEN: TOKEN,
			DISCORD_APPLICATION_ID: '1100000000000000001',
			DISCORD_API_BASE_URL: `${fake.url}/wrong`,
		});
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/404/);
		expect(result.stderr).not.toContain(TOKEN);
	});
});

describe('deploy-commands refuses definitions that break Discord rules', () => {
	it('lists the problems, exits 1 and sends nothing', async () => {
		const { deployCommands } = await import('../deploy-commands.js');
		const errors: string[] = [];
		const original = console.error;
		console.error = (...parts: unknown[]) => {
			errors.push(parts.join(' '));
		};
		try {
			const code = await deployCommands(
				[],
				{
					DISCORD_TOKEN: TOKEN,
					DISCORD_APPLICATION_ID: '1100000000000000001',
					DISCORD_API_BASE_URL: `${fake.url}/api/v10`,
				},
				[{ name: 'Bad Name', description: '' }],
			);
			expect(code).toBe(1);
		} finally {
			console.error = original;
		}
		expect(errors[0]).toMatch(/Refusing to register/);
		expect(errors.length).toBeGreaterThanOrEqual(3);
		expect(fake.requests).toHaveLength(0);
	});
});
