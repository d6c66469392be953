/** Settings for {@link createRateLimiter}. */
export interface RateLimitOptions {
	/** Commands each user may run per window. */
	readonly perUser: number;
	/** Window length in milliseconds. */
	readonly windowMs: number;
}

/** A per-user fixed-window limiter held in memory. */
export interface RateLimiter {
	/** Counts one command for the user and says whether it is within the limit. */
	allow(userId: string, at: number): boolean;
	/** Users currently tracked (bounded). */
	readonly size: number;
}

/** At most this many users are tracked; past it, expired windows go first, then the oldest. */
const MAX_TRACKED = 10_000;

/**
 * Creates a per-user rate limiter. It keeps only a user id (Discord's, never anything typed), a window start and a
 * count, for at most 10,000 users.
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ perUser: 2, windowMs: 60_000 });
 * limiter.allow('1', 0); // true
 * limiter.allow('1', 1); // true
 * limiter.allow('1', 2); // false
 * ```
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
	const windows = new Map<string, { start: number; count: number }>();
	const prune = (at: number) => {
		for (const [id, window] of windows) if (at - window.start >= options.windowMs) windows.delete(id);
		while (windows.size >= MAX_TRACKED) {
			const oldest = windows.keys().next().value;
			if (oldest === undefined) break;
			windows.delete(oldest);
		}
	};
	return {
		allow(userId, at) {
			let window = windows.get(userId);
			if (!window || at - window.start >= options.windowMs || at < window.start) {
				if (!window && windows.size >= MAX_TRACKED) prune(at);
				windows.delete(userId);
				window = { start: at, count: 0 };
				windows.set(userId, window);
			}
			window.count += 1;
			return window.count <= options.perUser;
		},
		get size() {
			return windows.size;
		},
	};
}
