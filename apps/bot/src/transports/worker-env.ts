import { hexToBytes } from './verify-signature.js';

/**
 * The Worker's bindings: the application's public key, set with `wrangler secret put DISCORD_PUBLIC_KEY` (the one
 * secret it reads), and optionally `DISCORD_API_BASE_URL` (a plain variable, for tests against a local fake).
 */
export interface WorkerEnv {
	readonly DISCORD_PUBLIC_KEY?: string;
	readonly DISCORD_API_BASE_URL?: string;
	readonly [name: string]: unknown;
}

/** The part of the Workers `ExecutionContext` the bot uses: keeping the Worker alive for a follow-up. */
export interface WorkerContext {
	waitUntil(promise: Promise<unknown>): void;
}

/**
 * The public key from the Worker's secrets, or which problem it has, by name only (never the value).
 *
 * @example
 * ```ts
 * configuredPublicKey({}); // { problem: 'DISCORD_PUBLIC_KEY is not set (wrangler secret put DISCORD_PUBLIC_KEY)' }
 * ```
 */
export function configuredPublicKey(env: WorkerEnv): { readonly key: string } | { readonly problem: string } {
	const key = typeof env.DISCORD_PUBLIC_KEY === 'string' ? env.DISCORD_PUBLIC_KEY.trim() : '';
	if (!key) return { problem: 'DISCORD_PUBLIC_KEY is not set (wrangler secret put DISCORD_PUBLIC_KEY)' };
	if (!hexToBytes(key, 32)) return { problem: 'DISCORD_PUBLIC_KEY is not 64 hexadecimal characters' };
	return { key: key.toLowerCase() };
}

/**
 * Where the Worker sends follow-ups: `DISCORD_API_BASE_URL` when set (tests point it at a local fake), else the
 * default (Discord's API).
 *
 * @example
 * ```ts
 * apiBaseUrlOf({ DISCORD_API_BASE_URL: 'http://127.0.0.1:9999/api/v10' }); // 'http://127.0.0.1:9999/api/v10'
 * ```
 */
export function apiBaseUrlOf(env: WorkerEnv): string | undefined {
	return typeof env.DISCORD_API_BASE_URL === 'string' ? env.DISCORD_API_BASE_URL : undefined;
}
