import { DEFAULT_API_BASE_URL } from './transports/discord-api-base-url.js';
import { DEFAULT_DOCS_BASE_URL, DISCORD_FORMATS } from './util/constants.js';

/** The three ways the bot can run, picked from which credentials are present. */
export type BotMode = 'gateway' | 'http' | 'console';

/** Log levels, most verbose first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

const DEFAULT_PORT = 8_787;
const DEFAULT_HOST = '127.0.0.1';

export { DEFAULT_API_BASE_URL };

/** A rule for one variable: its value (already trimmed, never empty) → the parsed value, or the problem. */
type Rule<T> = (value: string) => { readonly value: T } | { readonly problem: string };

const SNOWFLAKE_PROBLEM = 'must be a Discord snowflake id (17 to 20 digits)';
const PORT_PROBLEM = 'must be a port number (0 to 65535)';

const text: Rule<string> = (value) => ({ value });
const port: Rule<number> = (value) =>
	/^\d{1,5}$/.test(value) && Number(value) <= 65_535 ? { value: Number(value) } : { problem: PORT_PROBLEM };

/** An http or https address, or `problem`. */
function httpUrl(problem: string): Rule<string> {
	return (value) => {
		try {
			const { protocol } = new URL(value);
			return protocol === 'http:' || protocol === 'https:' ? { value } : { problem };
		} catch {
			return { problem };
		}
	};
}
const snowflake: Rule<string> = (value) =>
	DISCORD_FORMATS.snowflake.test(value) ? { value } : { problem: SNOWFLAKE_PROBLEM };

/**
 * The environment's schema, one rule per variable. Written without zod on purpose: this runs at every start of the
 * HTTP server, and loading zod alone would cost more than a third of a bare Node start (see BENCHMARKS.md).
 * An empty or blank value counts as unset, as it does in most shells' `.env` files; values never appear in problems.
 */
const ENV_RULES = {
	DISCORD_TOKEN: ((value) =>
		value.length >= 20 ? { value } : { problem: 'looks too short to be a bot token' }) as Rule<string>,
	DISCORD_APPLICATION_ID: snowflake,
	DISCORD_PUBLIC_KEY: ((value) =>
		DISCORD_FORMATS.publicKey.test(value)
			? { value }
			: { problem: 'must be 64 hexadecimal characters (the public key from the Developer Portal)' }) as Rule<string>,
	DISCORD_GUILD_ID: snowflake,
	PORT: port,
	HOST: text,
	HEALTH_PORT: port,
	HEALTH_HOST: text,
	LOG_LEVEL: ((value) => {
		const level = value.toLowerCase();
		return (LOG_LEVELS as readonly string[]).includes(level)
			? { value: level as LogLevel }
			: { problem: `must be one of ${LOG_LEVELS.join(', ')}` };
	}) as Rule<LogLevel>,
	SHARD_COUNT: ((value) =>
		value.toLowerCase() === 'auto'
			? { value: 'auto' }
			: /^\d{1,5}$/.test(value) && Number(value) >= 1
				? { value: Number(value) }
				: { problem: 'must be "auto" or a whole number of shards (1 or more)' }) as Rule<number | 'auto'>,
	DISCORD_API_BASE_URL: httpUrl('must be a URL'),
	DOCS_BASE_URL: httpUrl('must be an http or https URL (the docs site, for links in replies)'),
} as const;

type EnvName = keyof typeof ENV_RULES;
type Parsed = { -readonly [K in EnvName]?: (typeof ENV_RULES)[K] extends Rule<infer T> ? T : never };

function parseEnv(source: Readonly<Record<string, string | undefined>>): { values: Parsed; problems: string[] } {
	const values: Record<string, unknown> = {};
	const problems: string[] = [];
	for (const [name, rule] of Object.entries(ENV_RULES) as [EnvName, Rule<unknown>][]) {
		const raw = source[name];
		const value = typeof raw === 'string' ? raw.trim() : '';
		if (value === '') continue;
		const result = rule(value);
		if ('problem' in result) problems.push(`${name}: ${result.problem}`);
		else values[name] = result.value;
	}
	return { values: values as Parsed, problems };
}

/**
 * The bot's validated configuration. The only place in `apps/bot` that reads `process.env` is {@link loadEnv}.
 */
export interface BotEnv {
	readonly mode: BotMode;
	readonly discordToken: string | undefined;
	readonly applicationId: string | undefined;
	readonly publicKey: string | undefined;
	readonly guildId: string | undefined;
	readonly port: number;
	readonly host: string;
	readonly logLevel: LogLevel;
	/** Discord's REST API base URL (`DISCORD_API_BASE_URL`, for tests against a local fake). */
	readonly apiBaseUrl: string;
	/** The docs site's base address, without a trailing slash (`DOCS_BASE_URL`), for the links in replies. */
	readonly docsBaseUrl: string;
	/** For `pnpm start:sharded`: how many gateway shards (`SHARD_COUNT`), or `auto` for Discord's recommendation. */
	readonly shardCount: number | 'auto';
	/**
	 * Where the gateway's health check listens (`HEALTH_PORT`, on `HEALTH_HOST`, default `127.0.0.1`), or `undefined`:
	 * when `HEALTH_PORT` is unset (the default), and in a shard process spawned by discord.js's ShardingManager (which
	 * sets `SHARDING_MANAGER`), so that under `pnpm start:sharded` only the manager listens.
	 */
	readonly health: { readonly port: number; readonly host: string } | undefined;
	/** Every secret value present, for {@link redactSecrets}. */
	readonly secrets: readonly string[];
}

/**
 * Thrown when the environment is missing or has an invalid variable; the message names each variable.
 *
 * @example
 * ```ts
 * try { loadEnv({ DISCORD_PUBLIC_KEY: 'xyz' }); } catch (error) { if (error instanceof EnvError) console.error(error.message); }
 * ```
 */
export class EnvError extends Error {
	/** `VARIABLE: problem`, one per problem. */
	readonly problems: readonly string[];

	constructor(problems: readonly string[]) {
		super(
			`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nSee apps/bot/.env.example.`,
		);
		this.name = 'EnvError';
		this.problems = problems;
	}
}

/**
 * Reads and validates the bot's environment once. Mode: a token means gateway (which needs the application id),
 * else a public key means HTTP interactions, else the local console. Values never appear in error messages.
 *
 * @example
 * ```ts
 * const env = loadEnv(); // reads process.env
 * const local = loadEnv({}); // { mode: 'console', port: 8787, host: '127.0.0.1', ... }
 * ```
 */
export function loadEnv(source: Readonly<Record<string, string | undefined>> = process.env): BotEnv {
	const { values: parsed, problems } = parseEnv(source);
	if (problems.length > 0) throw new EnvError(problems);
	const values = {
		...parsed,
		PORT: parsed.PORT ?? DEFAULT_PORT,
		HOST: parsed.HOST ?? DEFAULT_HOST,
		LOG_LEVEL: parsed.LOG_LEVEL ?? 'info',
		DISCORD_API_BASE_URL: parsed.DISCORD_API_BASE_URL ?? DEFAULT_API_BASE_URL,
		DOCS_BASE_URL: parsed.DOCS_BASE_URL ?? DEFAULT_DOCS_BASE_URL,
	};
	const mode: BotMode = values.DISCORD_TOKEN ? 'gateway' : values.DISCORD_PUBLIC_KEY ? 'http' : 'console';
	if (mode === 'gateway' && !values.DISCORD_APPLICATION_ID) {
		throw new EnvError([
			'DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set (gateway mode); copy it from the Developer Portal',
		]);
	}
	return {
		mode,
		discordToken: values.DISCORD_TOKEN,
		applicationId: values.DISCORD_APPLICATION_ID,
		publicKey: values.DISCORD_PUBLIC_KEY?.toLowerCase(),
		guildId: values.DISCORD_GUILD_ID,
		port: values.PORT,
		host: values.HOST,
		logLevel: values.LOG_LEVEL,
		apiBaseUrl: values.DISCORD_API_BASE_URL.replace(/\/+$/, ''),
		shardCount: values.SHARD_COUNT ?? 'auto',
		docsBaseUrl: values.DOCS_BASE_URL.replace(/\/+$/, ''),
		health:
			values.HEALTH_PORT === undefined || source.SHARDING_MANAGER === 'true'
				? undefined
				: { port: values.HEALTH_PORT, host: values.HEALTH_HOST ?? DEFAULT_HOST },
		secrets: [values.DISCORD_TOKEN].filter((secret): secret is string => secret !== undefined),
	};
}

/**
 * Loads the environment for the command registration script, which always needs a token and an application id.
 *
 * @example
 * ```ts
 * const { discordToken, applicationId, guildId } = loadDeployEnv();
 * ```
 */
export function loadDeployEnv(
	source: Readonly<Record<string, string | undefined>> = process.env,
): BotEnv & { readonly discordToken: string; readonly applicationId: string } {
	const env = loadEnv(source);
	const problems: string[] = [];
	if (!env.discordToken) problems.push('DISCORD_TOKEN: is required to register commands');
	if (!env.applicationId) problems.push('DISCORD_APPLICATION_ID: is required to register commands');
	if (problems.length > 0 || !env.discordToken || !env.applicationId) throw new EnvError(problems);
	return { ...env, discordToken: env.discordToken, applicationId: env.applicationId };
}
