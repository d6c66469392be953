import { fileURLToPath } from 'node:url';

/**
 * The domain package's source entry. The bot bundles the domain from source rather than from its built
 * `dist/index.mjs`: one built file has to run all of its top-level code (every zod schema is built when it loads),
 * whereas from source the bundler drops each module the bot does not use (the package is `sideEffects: false`), so
 * the schemas and zod stay out of the HTTP server and the Worker.
 *
 * @example
 * ```ts
 * esbuildOptions(options) { options.alias = { '@signpost-uk/domain': DOMAIN_SOURCE }; }
 * ```
 */
export const DOMAIN_SOURCE = fileURLToPath(new URL('../../../packages/domain/src/index.ts', import.meta.url));
