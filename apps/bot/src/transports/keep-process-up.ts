import type { Logger } from './create-logger.js';
import { errorName, logSafely } from './log-safely.js';

/**
 * Keeps a long-running transport (the HTTP server, the gateway) up whatever a handler does: an exception nobody
 * caught, or a promise rejected with nobody listening, is logged by its error name (a message could quote what a
 * user typed) instead of ending the process and every conversation it serves. Returns a function that removes both
 * listeners.
 *
 * @example
 * ```ts
 * const release = keepProcessUp(log);
 * // ... on shutdown:
 * release();
 * ```
 */
export function keepProcessUp(logger: Logger | undefined): () => void {
	const log = logSafely(logger);
	const onException = (error: unknown) => log('error', 'uncaught exception', { errorName: errorName(error) });
	const onRejection = (reason: unknown) => log('error', 'unhandled rejection', { errorName: errorName(reason) });
	process.on('uncaughtException', onException);
	process.on('unhandledRejection', onRejection);
	return () => {
		process.off('uncaughtException', onException);
		process.off('unhandledRejection', onRejection);
	};
}
