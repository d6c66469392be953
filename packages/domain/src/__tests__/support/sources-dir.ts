// Where the full texts of the sources live: the one place the tests read the environment.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The shared sources folder: `SIGNPOST_SOURCES_DIR` when set (it must exist), else `../../../shared/sources`
 * from the package (the project's `shared/sources` beside the repository). `null` when there is none, so the quote
 * checks can skip visibly on a machine without it.
 */
export function sourcesDir(): string | null {
	const fromEnv = process.env.SIGNPOST_SOURCES_DIR?.trim();
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`SIGNPOST_SOURCES_DIR does not exist: ${fromEnv}`);
		return resolve(fromEnv);
	}
	const beside = resolve(packageDir, '../../../shared/sources');
	return existsSync(beside) ? beside : null;
}
