// The one place the browser tests read the environment.
import { existsSync } from 'node:fs';

/**
 * The Chromium to drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. Throws, naming the variable, when
 * neither exists.
 *
 * @example
 * ```ts
 * const executablePath = chromiumPath();
 * ```
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
	const path = env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
	if (!existsSync(path))
		throw new Error(`No Chromium at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
	return path;
}
