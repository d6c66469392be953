import { createServer, type Server } from 'node:http';
import { type ListenAddress, listenServer } from './listen-server.js';

/** How many gateway shards are connected and ready, of how many there should be. */
export interface ShardHealth {
	readonly ready: number;
	readonly total: number;
}

/** Options for {@link createHealthServer}. */
export interface HealthServerOptions {
	/** Asked on every check: the gateway client's shards, or the ShardingManager's. */
	readonly status: () => ShardHealth;
	/** Seconds this process has been up (default `process.uptime()`). */
	readonly uptimeSeconds?: () => number;
}

/** The JSON body of `GET /healthz`: no request data, only the shard counts and the uptime. */
export interface HealthBody {
	readonly status: 'ok' | 'not-ready';
	readonly shards: ShardHealth;
	readonly uptimeSeconds: number;
}

/**
 * Whether the gateway can answer: at least one shard expected, and every one of them ready.
 *
 * @example
 * ```ts
 * isHealthy({ ready: 2, total: 2 }); // true
 * isHealthy({ ready: 1, total: 2 }); // false
 * ```
 */
export function isHealthy(shards: ShardHealth): boolean {
	return shards.total > 0 && shards.ready === shards.total;
}

/**
 * The gateway's health check (node:http only, so discord.js is not needed to load it): `GET /healthz` (or HEAD)
 * answers 200 with {@link HealthBody} when every shard is ready, 503 with the same body otherwise; any other path
 * answers 404 and any other method on `/healthz` 405. Nothing from the request is read, logged or echoed.
 *
 * @example
 * ```ts
 * const server = createHealthServer({ status: () => ({ ready: 1, total: 1 }) });
 * server.listen(8788, '127.0.0.1');
 * ```
 */
export function createHealthServer(options: HealthServerOptions): Server {
	const uptime = options.uptimeSeconds ?? (() => process.uptime());
	return createServer((request, response) => {
		response.setHeader('cache-control', 'no-store');
		response.setHeader('content-type', 'application/json; charset=utf-8');
		const path = (request.url ?? '').split('?', 1)[0];
		let status: number;
		let body: string;
		if (path !== '/healthz') {
			status = 404;
			body = JSON.stringify({ error: 'not found' });
		} else if (request.method !== 'GET' && request.method !== 'HEAD') {
			status = 405;
			response.setHeader('allow', 'GET, HEAD');
			body = JSON.stringify({ error: 'method not allowed' });
		} else {
			const { ready, total } = options.status();
			const healthy = isHealthy({ ready, total });
			status = healthy ? 200 : 503;
			const health: HealthBody = {
				status: healthy ? 'ok' : 'not-ready',
				shards: { ready, total },
				uptimeSeconds: Math.floor(uptime()),
			};
			body = JSON.stringify(health);
		}
		response.statusCode = status;
		response.setHeader('content-length', Buffer.byteLength(body));
		response.end(request.method === 'HEAD' ? undefined : body);
		// The health check never needs a request body; drop whatever was sent.
		request.resume();
	});
}

/**
 * Starts {@link createHealthServer} on `port` and `host`; resolves once it listens, with its address.
 *
 * @example
 * ```ts
 * const { server, url } = await startHealthServer({ status }, { port: env.healthPort, host: env.healthHost });
 * process.once('SIGTERM', () => server.close());
 * ```
 */
export async function startHealthServer(
	options: HealthServerOptions,
	listen: ListenAddress,
): Promise<{ server: Server; url: string }> {
	const server = createHealthServer(options);
	return { server, url: `${await listenServer(server, listen)}/healthz` };
}
