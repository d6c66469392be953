import { z } from 'zod';

/** The API's settings, read from the environment once, in this file only. */
export interface ApiEnv {
	/** `PORT`: where the Node server listens (default 8787). */
	readonly port: number;
	/** `HOST`: the address it listens on (default 127.0.0.1; `0.0.0.0` to serve a network). */
	readonly host: string;
	/** `RATE_LIMIT`: requests a minute per client (default 60); `0` turns it off, for benchmarks. */
	readonly rateLimit: number;
}

const EnvSchema = z.object({
	PORT: z
		.string()
		.regex(/^\d{1,5}$/, 'must be a port number (0 to 65535)')
		.transform(Number)
		.refine((port) => port <= 65_535, 'must be a port number (0 to 65535)')
		.default(8_787),
	HOST: z.string().min(1).default('127.0.0.1'),
	RATE_LIMIT: z
		.string()
		.regex(/^\d{1,6}$/, 'must be a whole number of requests a minute (0 turns the limit off)')
		.transform(Number)
		.default(60),
});

/** A setting that could not be read: names the variable and the rule, never its value. */
export class ApiEnvError extends Error {
	override readonly name = 'ApiEnvError';
}

/**
 * Reads and checks `PORT`, `HOST` and `RATE_LIMIT`.
 *
 * @param source - the environment (`process.env`)
 * @throws ApiEnvError naming the variable that could not be read
 * @example
 * ```ts
 * loadApiEnv({ PORT: '8080', RATE_LIMIT: '0' }); // { port: 8080, host: '127.0.0.1', rateLimit: 0 }
 * ```
 */
export function loadApiEnv(source: Readonly<Record<string, string | undefined>>): ApiEnv {
	const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
	const parsed = EnvSchema.safeParse(given);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ApiEnvError(`${String(issue?.path[0] ?? 'environment')} ${issue?.message ?? 'could not be read'}`);
	}
	return { port: parsed.data.PORT, host: parsed.data.HOST, rateLimit: parsed.data.RATE_LIMIT };
}
