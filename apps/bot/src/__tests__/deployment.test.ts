import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../transports/__tests__/support/listen-on-loopback.js';
import { makeKeys, signBody } from '../transports/__tests__/support/signing.js';
import { createHealthServer, type ShardHealth } from '../transports/health-server.js';
import { pingInteraction } from './support/interactions.js';

// The deployment guide's commands are code: every script, file and variable it names must exist. The Dockerfile is
// built and run where a Docker daemon answers; elsewhere that part is skipped, saying why.
const BOT = fileURLToPath(new URL('../../', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const read = (path: string) => readFileSync(path, 'utf8');
const guide = read(`${ROOT}apps/docs/docs/bot/deployment.md`);
const botScripts = Object.keys((JSON.parse(read(`${BOT}package.json`)) as { scripts: object }).scripts);
const rootScripts = Object.keys((JSON.parse(read(`${ROOT}package.json`)) as { scripts: object }).scripts);
const dockerfile = read(`${BOT}Dockerfile`);
const wrangler = read(`${BOT}wrangler.toml`);

describe('the deployment guide', () => {
	it('names only scripts that exist', () => {
		const filtered = [...guide.matchAll(/pnpm --filter @signpost-uk\/bot ([\w:-]+)/g)].map((m) => m[1]);
		expect(filtered).toContain('deploy:worker');
		for (const script of filtered) expect(botScripts).toContain(script);
		const root = [...guide.matchAll(/`pnpm ([\w:-]+)`/g)].map((m) => m[1]);
		expect(root).toContain('start:sharded');
		for (const script of root) expect(rootScripts).toContain(script);
	});

	it('and wrangler.toml agree: the built module, no nodejs_compat, the one secret', () => {
		expect(wrangler).toMatch(/^main = "dist\/worker\.mjs"$/m);
		expect(wrangler).toMatch(/^compatibility_date = "\d{4}-\d{2}-\d{2}"$/m);
		expect(wrangler).not.toMatch(/^compatibility_flags/m);
		expect(wrangler).toContain('wrangler secret put DISCORD_PUBLIC_KEY');
		expect(guide).toContain('wrangler secret put DISCORD_PUBLIC_KEY');
		expect(botScripts).toContain('deploy:worker');
	});

	it('names only variables the bot reads, and the files the image runs', () => {
		const env = read(`${BOT}src/env.ts`) + read(`${BOT}src/transports/worker.ts`);
		for (const name of new Set(
			[...guide.matchAll(/\b(DISCORD_[A-Z_]+|SHARD_COUNT|PORT|HOST|HEALTH_PORT|HEALTH_HOST|LOG_LEVEL)\b/g)].map(
				(m) => m[1],
			),
		))
			expect(env, name).toContain(name as string);
		for (const file of ['dist/main.mjs', 'dist/sharded.mjs']) expect(guide + dockerfile).toContain(file);
	});

	it('the image runs as a non-root user with a health check on /healthz', () => {
		expect(dockerfile).toMatch(/^USER node$/m);
		expect(dockerfile).toMatch(/^HEALTHCHECK /m);
		expect(dockerfile).toContain('/healthz');
	});
});

/** The image's HEALTHCHECK command, as the JSON array the Dockerfile gives. */
const healthCheckCommand = JSON.parse(
	/^HEALTHCHECK [^\n]*\\\n\s*CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]',
) as string[];

/** Runs the image's HEALTHCHECK command here with `env`; resolves with its exit code. */
function runHealthCheck(env: Record<string, string>): Promise<number> {
	const [command, ...args] = healthCheckCommand;
	return new Promise((resolve) => {
		execFile(command === 'node' ? process.execPath : (command as string), args, { env, timeout: 10_000 }, (error) =>
			resolve(error === null ? 0 : typeof error.code === 'number' ? error.code : -1),
		);
	});
}

describe('the image’s HEALTHCHECK command, run here', () => {
	it('in gateway mode asks HEALTH_PORT, passing only while every shard is ready', async () => {
		expect(dockerfile).toMatch(/^ENV .*\bHEALTH_PORT=8788\b/m);
		expect(healthCheckCommand[0]).toBe('node');
		let shards: ShardHealth = { ready: 0, total: 2 };
		const health = await listenOnLoopback(createHealthServer({ status: () => shards }));
		const env = { DISCORD_TOKEN: 'x', HEALTH_PORT: new URL(health.url).port, PORT: '1' };
		try {
			expect(await runHealthCheck(env)).toBe(1);
			shards = { ready: 2, total: 2 };
			expect(await runHealthCheck(env)).toBe(0);
			// HTTP mode asks PORT (here nothing listens there), and the console has nothing to check.
			expect(await runHealthCheck({ DISCORD_PUBLIC_KEY: 'k', HEALTH_PORT: env.HEALTH_PORT, PORT: '1' })).toBe(1);
			expect(await runHealthCheck({})).toBe(0);
		} finally {
			await health.close();
		}
		expect(await runHealthCheck(env)).toBe(1);
	}, 60_000);
});

const dockerProbe = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
	encoding: 'utf8',
	timeout: 20_000,
});
const noDocker =
	dockerProbe.error !== undefined
		? `no docker command (${dockerProbe.error.message})`
		: dockerProbe.status !== 0
			? `no Docker daemon answers here (${(dockerProbe.stderr || dockerProbe.stdout).trim().split('\n')[0]})`
			: undefined;

describe.skipIf(noDocker !== undefined)(`the Docker image${noDocker ? ` (skipped: ${noDocker})` : ''}`, () => {
	it('builds, starts in HTTP mode, answers /healthz and a signed PING', async () => {
		const tag = `signpost-bot-test:${process.pid}`;
		execFileSync('docker', ['build', '-f', 'apps/bot/Dockerfile', '-t', tag, '.'], { cwd: ROOT, stdio: 'ignore' });
		const keys = makeKeys();
		const id = execFileSync(
			'docker',
			['run', '-d', '--rm', '-p', '127.0.0.1::8787', '-e', `DISCORD_PUBLIC_KEY=${keys.publicKeyHex}`, tag],
			{ encoding: 'utf8' },
		).trim();
		try {
			const port = execFileSync('docker', ['port', id, '8787/tcp'], { encoding: 'utf8' }).trim().split(':').pop();
			const url = `http://127.0.0.1:${port}`;
			let healthy = false;
			for (let attempt = 0; attempt < 100 && !healthy; attempt += 1) {
				healthy = await fetch(`${url}/healthz`).then(
					(response) => response.ok,
					() => false,
				);
				if (!healthy) await new Promise((resolve) => setTimeout(resolve, 100));
			}
			expect(healthy).toBe(true);
			const body = JSON.stringify(pingInteraction());
			const pong = await fetch(`${url}/interactions`, { method: 'POST', headers: signBody(keys, body), body });
			expect(await pong.json()).toEqual({ type: 1 });
			const refused = await fetch(`${url}/interactions`, { method: 'POST', body });
			expect(refused.status).toBe(401);
			const text = await refused.text();
			for (const number of HELP_NUMBERS) expect(text).toContain(number);
		} finally {
			execFileSync('docker', ['rm', '-f', id], { stdio: 'ignore' });
			execFileSync('docker', ['rmi', '-f', tag], { stdio: 'ignore' });
		}
	}, 900_000);
});
