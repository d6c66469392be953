import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
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
	const paths: string[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'assets') walk(full);
			} else if (entry.name.endsWith('.html')) {
				const path = `/${relative(dir, full)
					.replace(/\\/g, '/')
					.replace(/\.html$/, '')}`;
				paths.push(path.endsWith('/index') ? path.slice(0, -'index'.length) : path);
			}
		}
	};
	walk(dir);
	return paths.sort();
}
