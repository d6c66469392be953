// Run by shard-manager.test.ts as each shard, in place of the bot (which would log in to Discord): reports what the
// ShardingManager gave it, says its client is ready (the message discord.js's ShardClientUtil sends on the client's
// ready event), then waits to be killed.
process.send?.({
	pid: process.pid,
	shards: process.env.SHARDS,
	shardCount: process.env.SHARD_COUNT,
	hasToken: Boolean(process.env.DISCORD_TOKEN),
});
process.send?.({ _ready: true });
setInterval(() => {}, 1_000);
