import { z } from 'zod';
import { DEFAULT_DOCS_BASE_URL } from './util/constants.js';

/** The three ways the bot can run, picked from which credentials are present. */
export type BotMode = 'gateway' | 'http' | 'console';

/** Log levels, most verbose first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

const DEFAULT_PORT = 8_787;
const DEFAULT_HOST = '127.0.0.1';
/** Discord's REST API, version 10; overridable only so tests can point at a local fake. */
export const DEFAULT_API_BASE_URL = 'https://discord.com/api/v10';

/** An empty string in the environment counts as unset, as it does in most shells' `.env` files. */
const optionalText = z.preprocess(
	(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
	z.string().trim().optional(),
);

const snowflake = z
	.string()
	.trim()
	.regex(/^\d{17,20}$/, 'must be a Discord snowflake id (17 to 20 digits)');

const EnvSchema = z.object({
	DISCORD_TOKEN: optionalText.pipe(z.string().min(20, 'looks too short to be a bot token').optional()),
	DISCORD_APPLICATION_ID: optionalText.pipe(snowflake.optional()),
	DISCORD_PUBLIC_KEY: optionalText.pipe(
		z
			.string()
			.regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (the public key from the Developer Portal)')
			.optional(),
	),
	DISCORD_GUILD_ID: optionalText.pipe(snowflake.optional()),
	PORT: optionalText
		.pipe(
			z
				.string()
				.regex(/^\d{1,5}$/, 'must be a port number (0 to 65535)')
				.optional(),
		)
		.transform((port) => (port === undefined ? DEFAULT_PORT : Number(port)))
		.refine((port) => port <= 65_535, 'must be a port number (0 to 65535)'),
	HOST: optionalText.pipe(z.string().default(DEFAULT_HOST)),
	LOG_LEVEL: optionalText.pipe(z.enum(LOG_LEVELS).default('info')),
	DISCORD_API_BASE_URL: optionalText.pipe(z.url('must be a URL').default(DEFAULT_API_BASE_URL)),
	DOCS_BASE_URL: optionalText.pipe(
		z
			.url({ protocol: /^https?$/, error: 'must be an http or https URL (the docs site, for links in replies)' })
			.default(DEFAULT_DOCS_BASE_URL),
	),
});

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
	const parsed = EnvSchema.safeParse({
		DISCORD_TOKEN: source.DISCORD_TOKEN,
		DISCORD_APPLICATION_ID: source.DISCORD_APPLICATION_ID,
		DISCORD_PUBLIC_KEY: source.DISCORD_PUBLIC_KEY,
		DISCORD_GUILD_ID: source.DISCORD_GUILD_ID,
		PORT: source.PORT,
		HOST: source.HOST,
		LOG_LEVEL: source.LOG_LEVEL?.toLowerCase(),
		DISCORD_API_BASE_URL: source.DISCORD_API_BASE_URL,
		DOCS_BASE_URL: source.DOCS_BASE_URL,
	});
	if (!parsed.success) {
		throw new EnvError(
			parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
		);
	}
	const values = parsed.data;
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
		docsBaseUrl: values.DOCS_BASE_URL.replace(/\/+$/, ''),
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
