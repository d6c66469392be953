/** One client's standing in a window: how many requests it has left, and when the window resets. */
export interface RateDecision {
	readonly allowed: boolean;
	readonly limit: number;
	readonly remaining: number;
	/** Seconds until the window resets. */
	readonly resetSeconds: number;
}

/** A per-client rate limiter: `check(key)` counts one request. */
export interface RateLimiter {
	check(key: string): RateDecision;
}

/** Beyond this many clients in memory, expired windows are dropped. */
const MAX_TRACKED_CLIENTS = 10_000;

/**
 * A fixed one-minute window per client, in memory (one Node process). Keys are client addresses, never anything a
 * person typed.
 *
 * @param perMinute - requests a minute per client (at least 1)
 * @param now - the clock, in milliseconds
 * @example
 * ```ts
 * const limiter = createRateLimiter(60);
 * limiter.check('127.0.0.1').remaining; // 59
 * ```
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
	const windowMs = 60_000;
	const windows = new Map<string, { start: number; count: number }>();
	const prune = (at: number) => {
		for (const [key, w] of windows) if (at - w.start >= windowMs) windows.delete(key);
	};
	return {
		check(key) {
			const at = now();
			let w = windows.get(key);
			if (!w || at - w.start >= windowMs) {
				if (!w && windows.size >= MAX_TRACKED_CLIENTS) prune(at);
				w = { start: at, count: 0 };
				windows.set(key, w);
			}
			w.count += 1;
			const resetSeconds = Math.max(1, Math.ceil((w.start + windowMs - at) / 1_000));
			return {
				allowed: w.count <= perMinute,
				limit: perMinute,
				remaining: Math.max(0, perMinute - w.count),
				resetSeconds,
			};
		},
	};
}

/**
 * The `RateLimit-Policy` and `RateLimit` headers (IETF draft-ietf-httpapi-ratelimit-headers), and `Retry-After` when
 * refused.
 *
 * @example
 * ```ts
 * rateLimitHeaders(limiter.check('127.0.0.1'));
 * // { 'RateLimit-Policy': '"per-client";q=60;w=60', RateLimit: '"per-client";r=59;t=60' }
 * ```
 */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
	return {
		'RateLimit-Policy': `"per-client";q=${decision.limit};w=60`,
		RateLimit: `"per-client";r=${decision.remaining};t=${decision.resetSeconds}`,
		...(decision.allowed ? {} : { 'Retry-After': String(decision.resetSeconds) }),
	};
}
