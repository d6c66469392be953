/**
 * A check for a script: its value, or its error's message on stderr and exit code 1 (no stack: the message names the
 * file and record).
 *
 * @example
 * ```ts
 * const dataset = orExit(checkDataFiles);
 * ```
 */
export function orExit<Value>(check: () => Value): Value {
	try {
		return check();
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
}
