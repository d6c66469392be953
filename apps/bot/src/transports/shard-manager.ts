import { ShardingManager } from 'discord.js';
import { DEFAULT_API_BASE_URL } from './discord-api-base-url.js';

/** Options for {@link createShardManager}. */
export interface ShardManagerOptions {
	readonly token: string;
	/** A number of shards, or `auto` for Discord's recommendation (`GET /gateway/bot`). */
	readonly shardCount: number | 'auto';
	/** Discord's REST API base URL (default `https://discord.com/api/v10`); tests point it at a local fake. */
	readonly apiBaseUrl?: string;
	/** The script each shard runs: `dist/main.mjs`, the bot, which runs in gateway mode with the token. */
	readonly file: string;
	/** The fetch used for the recommendation (default the global one). */
	readonly fetch?: typeof fetch;
}

/** Thrown when Discord will not say how many shards to run; carries the status only, never the token. */
export class ShardCountError extends Error {
	readonly status: number;

	constructor(status: number) {
		super(`Discord answered GET /gateway/bot with HTTP ${status}; set SHARD_COUNT to a number to start anyway`);
		this.name = 'ShardCountError';
		this.status = status;
	}
}

/**
 * How many shards Discord recommends for this bot (`GET /gateway/bot`, one shard per 1,000 servers or so).
 *
 * @example
 * ```ts
 * const shards = await recommendedShardCount(env.discordToken); // 1 below about 1,000 servers
 * ```
 */
export async function recommendedShardCount(
	token: string,
	options: Pick<ShardManagerOptions, 'apiBaseUrl' | 'fetch'> = {},
): Promise<number> {
	const base = (options.apiBaseUrl ?? DEFAULT_API_BASE_URL).replace(/\/+$/, '');
	const response = await (options.fetch ?? fetch)(`${base}/gateway/bot`, {
		headers: { authorization: `Bot ${token}` },
	});
	if (!response.ok) {
		await response.arrayBuffer().catch(() => undefined);
		throw new ShardCountError(response.status);
	}
	const { shards } = (await response.json()) as { shards?: unknown };
	if (typeof shards !== 'number' || !Number.isInteger(shards) || shards < 1) throw new ShardCountError(response.status);
	return shards;
}

/**
 * The gateway at scale: a discord.js `ShardingManager` that runs the bot (`main.mjs`, gateway mode) once per
 * shard, each in its own process. The shards share nothing: each answers the interactions of its own servers
 * from the bundled dataset, and the per-user rate limit is per shard (a user's commands in one server always reach
 * the same shard). The shard count comes from `SHARD_COUNT` or, with `auto`, from Discord's recommendation.
 *
 * @example
 * ```ts
 * const manager = await createShardManager({ token: env.discordToken, shardCount: env.shardCount, file: 'dist/main.mjs' });
 * await manager.spawn();
 * ```
 */
export async function createShardManager(options: ShardManagerOptions): Promise<ShardingManager> {
	const totalShards =
		options.shardCount === 'auto' ? await recommendedShardCount(options.token, options) : options.shardCount;
	return new ShardingManager(options.file, {
		token: options.token,
		totalShards,
		mode: 'process',
		respawn: true,
	});
}
