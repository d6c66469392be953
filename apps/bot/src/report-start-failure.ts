import { EnvError } from './env.js';
import { redactSecrets } from './transports/redact-secrets.js';

/**
 * What a bot entry point does when it cannot start: a configuration error is printed as it is (it names the
 * variable, never its value) and exits 2; anything else is printed with secrets redacted and exits 1.
 *
 * @example
 * ```ts
 * main().catch(reportStartFailure);
 * ```
 */
export function reportStartFailure(error: unknown): void {
	if (error instanceof EnvError) {
		console.error(error.message);
		process.exitCode = 2;
		return;
	}
	console.error(redactSecrets(error instanceof Error ? error.message : String(error)));
	process.exitCode = 1;
}
