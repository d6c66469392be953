import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder and the built site's folder. */
export const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const DIST_DIR = join(PACKAGE_DIR, 'docs', '.vitepress', 'dist');

/**
 * Builds the site when it has not been built (turbo runs the build before the tests anyway).
 *
 * @example
 * ```ts
 * ensureBuilt();
 * ```
 */
export function ensureBuilt(): void {
	if (existsSync(join(DIST_DIR, 'index.html'))) return;
	execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE_DIR, stdio: 'inherit' });
}

/**
 * Every page in the built site as a URL path (clean URLs), from the HTML files in dist.
 *
 * @example
 * ```ts
 * builtPagePaths(); // ["/", "/404", "/bot/commands", ...]
 * ```
 */
export function builtPagePaths(dir = DIST_DIR): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.replace(/\\/g, '/'))
		.filter((file) => file.endsWith('.html') && !file.split('/').slice(0, -1).includes('assets'))
		.map((file) => {
			const path = `/${file.replace(/\.html$/, '')}`;
			return path.endsWith('/index') ? path.slice(0, -'index'.length) : path;
		})
		.sort();
}
