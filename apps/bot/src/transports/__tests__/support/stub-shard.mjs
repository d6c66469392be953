// Run by shard-manager.test.ts as each shard, in place of the bot (which would log in to Discord): reports what the
// ShardingManager gave it, then waits to be killed.
process.send?.({
	pid: process.pid,
	shards: process.env.SHARDS,
	shardCount: process.env.SHARD_COUNT,
	hasToken: Boolean(process.env.DISCORD_TOKEN),
});
setInterval(() => {}, 1_000);
