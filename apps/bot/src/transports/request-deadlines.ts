/**
 * Discord waits 3 seconds for an answer; a client that takes longer than this to send its request is not Discord.
 *
 * @example
 * ```ts
 * createHttpServer({ publicKey, handler, requestTimeoutMs: REQUEST_TIMEOUT_MS });
 * ```
 */
export const REQUEST_TIMEOUT_MS = 10_000;

/** The `node:http` server options that cut a slow sender: what {@link requestDeadlines} returns. */
export interface RequestDeadlines {
	/** Milliseconds to receive the whole request line and headers. */
	readonly headersTimeout: number;
	/** Milliseconds to receive the whole request, body included. */
	readonly requestTimeout: number;
	/** How often Node checks both (30 s by default, which would let a slow sender outlive them by far). */
	readonly connectionsCheckingInterval: number;
}

/**
 * The deadlines for a server that must cut a request not fully received within `timeoutMs`: headers and body share
 * the one deadline, checked every quarter of it (at least every 50 ms, at most every second), so a sender dripping a
 * byte a second is cut at most `timeoutMs` plus one check later ({@link latestCutMs}).
 *
 * @example
 * ```ts
 * createServer(requestDeadlines(10_000), listener); // cut by 11 s at the latest
 * ```
 */
export function requestDeadlines(timeoutMs: number = REQUEST_TIMEOUT_MS): RequestDeadlines {
	return {
		requestTimeout: timeoutMs,
		headersTimeout: timeoutMs,
		connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(timeoutMs / 4))),
	};
}

/**
 * The latest a request still incomplete is cut under `deadlines`: the deadline plus one checking interval.
 *
 * @example
 * ```ts
 * latestCutMs(requestDeadlines()); // 11_000
 * ```
 */
export function latestCutMs(deadlines: RequestDeadlines): number {
	return Math.max(deadlines.requestTimeout, deadlines.headersTimeout) + deadlines.connectionsCheckingInterval;
}
