import { OpenAPIHono } from '@hono/zod-openapi';
import { formatNumber } from '@signpost-uk/domain';
import type { Context } from 'hono';
import { datasetVersion } from './data/releases.js';
import type { Reply } from './endpoint/reply.js';
import { ENDPOINTS } from './endpoints.js';
import { etagFor, etagMatches } from './http/etag.js';
import { MAX_URL_LENGTH } from './http/max-url-length.js';
import { problem } from './http/problem.js';
import { createRateLimiter, rateLimitHeaders } from './http/rate-limiter.js';
import { COMMON_HEADERS, sendJson } from './http/send-json.js';
import { OPENAPI_PATH, openApiDocument } from './openapi-document.js';

export { MAX_URL_LENGTH };

/** How long a client may reuse a 200: the data changes with a release, and the ETag says when. */
const CACHE_CONTROL = 'public, max-age=3600';
const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** How the API is set up: the rate limit (Node only), and how a client is told apart. */
export interface ApiOptions {
	/** Requests a minute per client; `0` or absent: no limit here (the Worker relies on Cloudflare's). */
	readonly rateLimit?: number;
	/** The client's key for the rate limit: its address. Never anything it typed. */
	readonly clientKey?: (c: Context) => string;
	/** The clock, for tests of the rate limit. */
	readonly now?: () => number;
}

function toHonoPath(path: string): string {
	return path.replace(/\{(\w+)\}/g, ':$1');
}

const KNOWN_PATHS = [OPENAPI_PATH, ...ENDPOINTS.map((e) => e.route.path)].map(
	(path) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`),
);

function replyResponse(reply: Reply, headers: Record<string, string>): Response {
	if (reply.kind === 'problem')
		return sendJson(reply.problem, reply.problem.status, { ...headers, 'Cache-Control': 'no-store' });
	if (reply.kind === 'json') return sendJson(reply.body, 200, headers);
	return new Response(reply.body, {
		status: 200,
		headers: { ...COMMON_HEADERS, 'Content-Type': reply.contentType, ...headers },
	});
}

function preflight(): Response {
	return new Response(null, {
		status: 204,
		headers: {
			...COMMON_HEADERS,
			'Access-Control-Allow-Methods': ALLOWED_METHODS,
			'Access-Control-Allow-Headers': 'If-None-Match, Accept, Content-Type',
			'Access-Control-Max-Age': '86400',
			Allow: ALLOWED_METHODS,
		},
	});
}

function wrongMethod(path: string): Response {
	if (!KNOWN_PATHS.some((known) => known.test(path))) {
		return sendJson(problem('not-found', 'No such path. /v1/openapi.json lists every endpoint.'), 404);
	}
	return sendJson(problem('method-not-allowed', 'This API only reads: use GET.'), 405, { Allow: ALLOWED_METHODS });
}

/** The answer to a request refused before any route: too long, a preflight, or a method other than GET and HEAD. */
function refusal(url: string, method: string, path: string): Response | undefined {
	if (url.length > MAX_URL_LENGTH) {
		return sendJson(
			problem('uri-too-long', `The address is longer than ${formatNumber(MAX_URL_LENGTH)} characters.`),
			414,
		);
	}
	if (method === 'OPTIONS') return preflight();
	if (method !== 'GET' && method !== 'HEAD') return wrongMethod(path);
	return undefined;
}

/**
 * The API as one Hono app, the same on Node and in a Worker: every endpoint of `/v1`, the OpenAPI document at
 * `/v1/openapi.json`, problems for everything else, ETags, CORS for GET, and (when `rateLimit` is set) a per-client
 * rate limit. Every JSON body carries the help lines.
 *
 * @param options - the rate limit and how clients are told apart
 * @example
 * ```ts
 * const api = createApi({ rateLimit: 60 });
 * const response = await api.fetch(new Request('http://localhost/v1/helplines'));
 * ```
 */
export function createApi(options: ApiOptions = {}): OpenAPIHono {
	const app = new OpenAPIHono();
	const limiter = options.rateLimit ? createRateLimiter(options.rateLimit, options.now) : undefined;
	const version = datasetVersion();

	app.use('*', async (c, next) => refusal(c.req.url, c.req.method, c.req.path) ?? next());
	if (limiter) {
		app.use('*', async (c, next) => {
			const decision = limiter.check(options.clientKey?.(c) ?? 'anyone');
			const headers = rateLimitHeaders(decision);
			if (!decision.allowed) {
				const detail = `At most ${decision.limit} requests a minute; try again in ${decision.resetSeconds} s.`;
				return sendJson(problem('too-many-requests', detail), 429, headers);
			}
			await next();
			for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
			return undefined;
		});
	}

	for (const endpoint of ENDPOINTS) {
		app.openAPIRegistry.registerPath(endpoint.route);
		app.get(toHonoPath(endpoint.route.path), (c) => {
			const etag = etagFor(version, c.req.url.slice(c.req.url.indexOf('/', 8)));
			const reply = endpoint.run(c.req.query(), c.req.param() as Record<string, string>);
			if (reply.kind === 'problem') return replyResponse(reply, {});
			const cache = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
			if (etagMatches(c.req.header('If-None-Match'), etag)) {
				return new Response(null, { status: 304, headers: { ...COMMON_HEADERS, ...cache } });
			}
			return replyResponse(reply, cache);
		});
	}
	app.get(OPENAPI_PATH, (c) =>
		c.json(openApiDocument(app), 200, { ...COMMON_HEADERS, 'Cache-Control': CACHE_CONTROL }),
	);

	app.notFound(() => sendJson(problem('not-found', 'No such path. /v1/openapi.json lists every endpoint.'), 404));
	app.onError(() => {
		// Nothing of the request is logged or sent back: a person may have typed anything into it.
		return sendJson(problem('internal', 'The request could not be answered. Nothing of it was kept.'), 500);
	});
	return app;
}
