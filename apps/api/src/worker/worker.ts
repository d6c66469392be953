import { createApi } from '../create-api.js';

// The Cloudflare Worker: the same app, without the in-process rate limit (a Worker has many isolates; use
// Cloudflare's rate limiting rules in front of it, see apps/api/README.md).
const api = createApi();

/**
 * The Worker's module: `fetch` answers every request.
 *
 * @example
 * ```toml
 * # wrangler.toml
 * main = "dist/worker.mjs"
 * ```
 */
export default { fetch: (request: Request) => api.fetch(request) };
