import { createRequire } from 'node:module';
import type { Plugin } from 'esbuild';

const require = createRequire(import.meta.url);
const NAMESPACE = 'discord-api-types-constants';

function isPlainData(value: unknown): boolean {
	if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
	if (typeof value !== 'object') return false;
	return Object.values(value as object).every(isPlainData);
}

/**
 * The module that stands in for `discord-api-types/v10` in a bundle: each of its constant exports (the enums, which
 * are plain objects of numbers and strings) as an `export const` of a literal, so the bundler keeps only the enums
 * the code uses and nothing loads discord-api-types at run time. Its helpers (`Routes`, `Utils`…) are left out on
 * purpose: importing one fails the build ("No matching export") instead of quietly loading the package.
 *
 * @example
 * ```ts
 * discordConstantsModule().includes('export const InteractionType = {'); // true
 * ```
 */
export function discordConstantsModule(): string {
	const api = require('discord-api-types/v10') as Record<string, unknown>;
	const lines = Object.entries(api)
		.filter(([name, value]) => /^[A-Za-z_$][\w$]*$/.test(name) && isPlainData(value))
		.map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
	return `// Generated at build time from discord-api-types/v10: constants only.\n${lines.join('\n')}\n`;
}

/**
 * An esbuild (tsup) plugin that inlines discord-api-types' enum values at build time: `discord-api-types/v10`
 * resolves to {@link discordConstantsModule}. Type-only imports are erased before it matters.
 *
 * @example
 * ```ts
 * // tsup.config.ts
 * export default defineConfig({ entry: ['src/main.ts'], esbuildPlugins: [inlineDiscordConstants()] });
 * ```
 */
export function inlineDiscordConstants(): Plugin {
	return {
		name: 'inline-discord-constants',
		setup(build) {
			build.onResolve({ filter: /^discord-api-types\/v10$/ }, () => ({ path: 'v10', namespace: NAMESPACE }));
			build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({
				contents: discordConstantsModule(),
				loader: 'js',
			}));
		},
	};
}
