import type { LogFields, Logger } from './create-logger.js';

type Level = keyof Logger;

/**
 * Wraps a logger so that a call can never throw: a log line is worth less than the process that writes it, and the
 * transports log after a reply has been sent, where a throw would have nowhere safe to go.
 *
 * @example
 * ```ts
 * const log = logSafely(options.log);
 * log('info', 'http request', { status: 200 }); // never throws, whatever the logger does
 * ```
 */
export function logSafely(logger: Logger | undefined): (level: Level, message: string, fields?: LogFields) => void {
	return (level, message, fields) => {
		try {
			logger?.[level](message, fields);
		} catch {
			// Nothing to do: the reply has been (or will be) sent either way.
		}
	};
}

/**
 * The name of an error (`TypeError`, `FollowUpError`), or its type when it is not an Error: safe to log, since a
 * message can quote what a user typed.
 *
 * @example
 * ```ts
 * errorName(new RangeError('x')); // 'RangeError'
 * errorName('oops'); // 'string'
 * ```
 */
export function errorName(error: unknown): string {
	try {
		return error instanceof Error && typeof error.name === 'string' ? error.name.slice(0, 64) : typeof error;
	} catch {
		return 'unknown';
	}
}
