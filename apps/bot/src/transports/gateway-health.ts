import { type Client, Status } from 'discord.js';
import type { ShardHealth } from './health-server.js';

/**
 * The shards of one gateway client (one, or the ones a ShardingManager gave this process) and how many are ready.
 *
 * @example
 * ```ts
 * await startHealthServer({ status: () => clientHealth(client) }, { port: 8788, host: '127.0.0.1' });
 * ```
 */
export function clientHealth(client: Client): ShardHealth {
	const total = Array.isArray(client.options.shards) ? client.options.shards.length : 1;
	let ready = 0;
	for (const shard of client.ws.shards.values()) if (shard.status === Status.Ready) ready += 1;
	return { ready: Math.min(ready, total), total };
}
