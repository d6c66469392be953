import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthServer } from '../health-server.js';
import { createShardManager, recommendedShardCount, ShardCountError } from '../shard-manager.js';
import { managerHealth } from '../shard-manager-health.js';
import { listenOnLoopback } from './support/listen-on-loopback.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const STUB_SHARD = fileURLToPath(new URL('./support/stub-shard.mjs', import.meta.url));
let recommended = 2;
const seen: { path: string; authorization: string | undefined }[] = [];
let api: string;
let close: () => Promise<void>;

beforeAll(async () => {
	// A fake Discord REST API with only GET /gateway/bot.
	const server = createServer((request, response) => {
		seen.push({ path: request.url ?? '', authorization: request.headers.authorization });
		if (request.url === '/api/v10/gateway/bot' && request.headers.authorization === `Bot ${TOKEN}`) {
			response.setHeader('content-type', 'application/json');
			response.end(JSON.stringify({ url: 'wss://gateway.invalid', shards: recommended, session_start_limit: {} }));
			return;
		}
		response.statusCode = 401;
		response.end('{"message":"401: Unauthorized","code":0}');
	});
	const listening = await listenOnLoopback(server);
	api = `${listening.url}/api/v10`;
	close = listening.close;
});

afterAll(async () => {
	await close();
});

describe('the sharded gateway', () => {
	it('takes the shard count from SHARD_COUNT when it is a number, without asking Discord', async () => {
		seen.length = 0;
		const manager = await createShardManager({ token: TOKEN, shardCount: 3, apiBaseUrl: api, file: STUB_SHARD });
		expect(manager.totalShards).toBe(3);
		expect(manager.respawn).toBe(true);
		expect(manager.file).toBe(STUB_SHARD);
		expect(seen).toEqual([]);
	});

	it('with auto, asks Discord (GET /gateway/bot with the bot token) for the recommended count', async () => {
		recommended = 4;
		expect(await recommendedShardCount(TOKEN, { apiBaseUrl: api })).toBe(4);
		const manager = await createShardManager({ token: TOKEN, shardCount: 'auto', apiBaseUrl: api, file: STUB_SHARD });
		expect(manager.totalShards).toBe(4);
		expect(seen.at(-1)?.path).toBe('/api/v10/gateway/bot');
	});

	it('a refused recommendation names the status and the way out, never the token', async () => {
		const attempt = recommendedShardCount('not-the-token', { apiBaseUrl: api });
		await expect(attempt).rejects.toThrow(ShardCountError);
		await expect(attempt).rejects.toThrow(/HTTP 401.*SHARD_COUNT/);
		await expect(attempt).rejects.not.toThrow(/not-the-token/);
	});

	it('spawns one process per shard, each told its shard id and the total, sharing nothing', async () => {
		recommended = 2;
		const manager: ShardingManager = await createShardManager({
			token: TOKEN,
			shardCount: 'auto',
			apiBaseUrl: api,
			file: STUB_SHARD,
		});
		const reports: { pid: number; shards: string; shardCount: string; hasToken: boolean }[] = [];
		manager.on('shardCreate', (shard) => shard.on('message', (message) => reports.push(message)));
		try {
			await manager.spawn({ amount: manager.totalShards, delay: 0, timeout: -1 });
			for (let attempt = 0; attempt < 200 && reports.length < 2; attempt += 1) {
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			expect(reports).toHaveLength(2);
			expect(reports.map((report) => report.shards).sort()).toEqual(['0', '1']);
			expect(reports.every((report) => report.shardCount === '2' && report.hasToken)).toBe(true);
			expect(new Set(reports.map((report) => report.pid)).size).toBe(2);
			expect(reports.every((report) => report.pid !== process.pid)).toBe(true);
		} finally {
			for (const shard of manager.shards.values()) shard.kill();
		}
	}, 30_000);

	it('the manager process answers /healthz from every shard’s status: 503 until all are ready, again when one dies', async () => {
		const manager = await createShardManager({ token: TOKEN, shardCount: 2, apiBaseUrl: api, file: STUB_SHARD });
		manager.respawn = false;
		const health = await listenOnLoopback(createHealthServer({ status: () => managerHealth(manager) }));
		const check = async () => {
			const response = await fetch(`${health.url}/healthz`);
			return { status: response.status, body: (await response.json()) as { status: string; shards: unknown } };
		};
		try {
			expect(await check()).toMatchObject({
				status: 503,
				body: { status: 'not-ready', shards: { ready: 0, total: 2 } },
			});
			await manager.spawn({ amount: manager.totalShards, delay: 0, timeout: 20_000 });
			expect(await check()).toMatchObject({ status: 200, body: { status: 'ok', shards: { ready: 2, total: 2 } } });
			manager.shards.get(0)?.kill();
			expect(await check()).toMatchObject({
				status: 503,
				body: { status: 'not-ready', shards: { ready: 1, total: 2 } },
			});
		} finally {
			for (const shard of manager.shards.values()) if (shard.process) shard.kill();
			await health.close();
		}
	}, 30_000);
});
