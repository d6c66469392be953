import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { validateDefinitions } from './commands/validate-definitions.js';
import { allCommandDefinitions } from './commands/welsh-commands.js';
import { EnvError, loadDeployEnv } from './env.js';
import { redactSecrets } from './transports/redact-secrets.js';
import { syncCommands } from './transports/sync-commands.js';

/**
 * `pnpm --filter @signpost-uk/bot deploy-commands [--dry-run]`: checks the definitions against Discord's rules and
 * refuses with the problems listed; `--dry-run` prints the JSON that would be sent; otherwise registers guild
 * commands (with DISCORD_GUILD_ID) or global ones, only when they changed.
 *
 * @example
 * ```sh
 * pnpm --filter @signpost-uk/bot deploy-commands --dry-run
 * ```
 */
export async function deployCommands(
	argv: readonly string[],
	source?: Readonly<Record<string, string | undefined>>,
	definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[] = allCommandDefinitions,
): Promise<number> {
	const problems = validateDefinitions(definitions);
	if (problems.length > 0) {
		console.error(`Refusing to register: the command definitions break Discord's rules:`);
		for (const problem of problems)
			console.error(`  - ${typeof problem === 'string' ? problem : JSON.stringify(problem)}`);
		return 1;
	}
	if (argv.includes('--dry-run')) {
		console.log(JSON.stringify(definitions, null, 2));
		return 0;
	}
	let secrets: readonly string[] = [];
	try {
		const env = loadDeployEnv(source);
		secrets = env.secrets;
		const result = await syncCommands({
			token: env.discordToken,
			applicationId: env.applicationId,
			guildId: env.guildId,
			definitions,
			baseUrl: env.apiBaseUrl,
		});
		console.log(
			result.changed
				? `Registered ${result.count} ${result.scope} commands.`
				: `The ${result.count} ${result.scope} commands are already up to date; nothing sent.`,
		);
		return 0;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		console.error(redactSecrets(message, secrets));
		return error instanceof EnvError ? 2 : 1;
	}
}

const isMain = process.argv[1] !== undefined && /deploy-commands\.(mjs|cjs|js|ts)$/.test(process.argv[1]);
if (isMain) {
	deployCommands(process.argv.slice(2)).then((code) => {
		process.exitCode = code;
	});
}
