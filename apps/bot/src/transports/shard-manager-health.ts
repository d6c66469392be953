import type { ShardingManager } from 'discord.js';
import type { ShardHealth } from './health-server.js';

/**
 * Every shard's status as the ShardingManager sees it: `ready` once its process reports its client ready, unset
 * again when it disconnects or dies. The total is the manager's shard count (0 until it is known).
 *
 * @example
 * ```ts
 * await startHealthServer({ status: () => managerHealth(manager) }, { port: 8788, host: '127.0.0.1' });
 * ```
 */
export function managerHealth(manager: ShardingManager): ShardHealth {
	const total = typeof manager.totalShards === 'number' ? manager.totalShards : 0;
	let ready = 0;
	for (const shard of manager.shards.values()) if (shard.ready) ready += 1;
	return { ready, total };
}
