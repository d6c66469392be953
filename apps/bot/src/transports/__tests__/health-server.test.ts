import { afterEach, describe, expect, it } from 'vitest';
import { createHealthServer, isHealthy, type ShardHealth, startHealthServer } from '../health-server.js';
import { listenOnLoopback } from './support/listen-on-loopback.js';

let shards: ShardHealth = { ready: 0, total: 1 };
let close: (() => Promise<void>) | undefined;

afterEach(async () => {
	await close?.();
	close = undefined;
});

/** A health server over a fake status source (`shards` above), uptime fixed at 42.9 seconds. */
async function start(): Promise<string> {
	const listening = await listenOnLoopback(createHealthServer({ status: () => shards, uptimeSeconds: () => 42.9 }));
	close = listening.close;
	return listening.url;
}

describe('the gateway health check', () => {
	it('answers 200 with the shard counts and uptime when every shard is ready', async () => {
		shards = { ready: 2, total: 2 };
		const response = await fetch(`${await start()}/healthz`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toEqual({ status: 'ok', shards: { ready: 2, total: 2 }, uptimeSeconds: 42 });
	});

	it('answers 503 while a shard is not ready, or before any shard is known', async () => {
		const url = await start();
		for (const state of [
			{ ready: 0, total: 1 },
			{ ready: 1, total: 2 },
			{ ready: 0, total: 0 },
		]) {
			shards = state;
			const response = await fetch(`${url}/healthz`);
			expect(response.status).toBe(503);
			expect(await response.json()).toEqual({ status: 'not-ready', shards: state, uptimeSeconds: 42 });
		}
	});

	it('follows the status source from one request to the next', async () => {
		const url = await start();
		shards = { ready: 0, total: 1 };
		expect((await fetch(`${url}/healthz`)).status).toBe(503);
		shards = { ready: 1, total: 1 };
		expect((await fetch(`${url}/healthz?probe=1`)).status).toBe(200);
	});

	it('answers HEAD with the status and no body', async () => {
		const url = await start();
		shards = { ready: 1, total: 1 };
		const ok = await fetch(`${url}/healthz`, { method: 'HEAD' });
		expect(ok.status).toBe(200);
		expect(await ok.text()).toBe('');
		shards = { ready: 0, total: 1 };
		expect((await fetch(`${url}/healthz`, { method: 'HEAD' })).status).toBe(503);
	});

	it('answers 404 elsewhere and 405 to other methods, echoing nothing that was sent', async () => {
		const url = await start();
		shards = { ready: 1, total: 1 };
		for (const path of ['/', '/interactions', '/healthz/extra', '/grooming%20in%20Hants']) {
			const response = await fetch(`${url}${path}`);
			expect(response.status).toBe(404);
			const text = await response.text();
			expect(text).toBe('{"error":"not found"}');
		}
		const post = await fetch(`${url}/healthz`, { method: 'POST', body: 'a child typed this' });
		expect(post.status).toBe(405);
		expect(post.headers.get('allow')).toBe('GET, HEAD');
		expect(await post.text()).not.toContain('typed');
	});

	it('startHealthServer listens where it is told and says where', async () => {
		shards = { ready: 1, total: 1 };
		const { server, url } = await startHealthServer({ status: () => shards }, { port: 0, host: '127.0.0.1' });
		close = () => new Promise<void>((resolve) => server.close(() => resolve()));
		expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/healthz$/);
		expect((await fetch(url)).status).toBe(200);
	});

	it('isHealthy needs every expected shard ready', () => {
		expect(isHealthy({ ready: 1, total: 1 })).toBe(true);
		expect(isHealthy({ ready: 3, total: 4 })).toBe(false);
		expect(isHealthy({ ready: 0, total: 0 })).toBe(false);
	});
});
