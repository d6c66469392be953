import { fileURLToPath } from 'node:url';
import { EnvError, loadEnv } from './env.js';
import { reportStartFailure } from './report-start-failure.js';
import { createLogger } from './transports/create-logger.js';
import { startHealthServer } from './transports/health-server.js';
import { keepProcessUp } from './transports/keep-process-up.js';
import { createShardManager } from './transports/shard-manager.js';
import { managerHealth } from './transports/shard-manager-health.js';

/**
 * `pnpm start:sharded`: the gateway with discord.js's sharding, one process per shard (`SHARD_COUNT`, or `auto`
 * for Discord's recommendation). Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID, as gateway mode does.
 *
 * @example
 * ```sh
 * DISCORD_TOKEN=... DISCORD_APPLICATION_ID=... SHARD_COUNT=auto node dist/sharded.mjs
 * ```
 */
export async function startSharded(): Promise<void> {
	const env = loadEnv();
	if (env.mode !== 'gateway' || !env.discordToken) {
		throw new EnvError(['DISCORD_TOKEN: is required to start the sharded gateway']);
	}
	const log = createLogger({ level: env.logLevel, secrets: env.secrets });
	keepProcessUp(log);
	const manager = await createShardManager({
		token: env.discordToken,
		shardCount: env.shardCount,
		apiBaseUrl: env.apiBaseUrl,
		// Beside this bundle in dist/: the bot itself, which each shard runs in gateway mode.
		file: fileURLToPath(new URL('./main.mjs', import.meta.url)),
	});
	// HEALTH_PORT: only this process listens (the shards are told they are shards), and it knows every shard's status.
	if (env.health) {
		const { url } = await startHealthServer({ status: () => managerHealth(manager) }, env.health);
		log.info('health check listening', { url });
	}
	manager.on('shardCreate', (shard) => {
		log.info('shard started', { shard: shard.id, totalShards: manager.totalShards });
		shard.on('death', () => log.warn('shard exited; respawning', { shard: shard.id }));
	});
	const stop = () => {
		for (const shard of manager.shards.values()) shard.kill();
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	await manager.spawn();
}

startSharded().catch(reportStartFailure);
