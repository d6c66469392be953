import { type Signposting, selectHelp } from '@signpost-uk/domain';
import { frozenJson } from './frozen-json.js';

/** What every JSON body the API sends has: the help lines. */
export interface Helped {
	readonly help: Signposting;
}

/** The help lines as one header value (ASCII), for responses whose body cannot carry `help`: CSV, 304, 204. */
export const HELP_HEADER = selectHelp()
	.services.map((service) => `${service.name} ${service.phone}`)
	.join('; ');

/** Headers every response carries, whatever its status: CORS for GET, and the help lines. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Expose-Headers': 'ETag, RateLimit, RateLimit-Policy, Retry-After, Signpost-Help',
	'X-Content-Type-Options': 'nosniff',
	'Signpost-Help': HELP_HEADER,
};

/**
 * The one place a JSON response is made. Its body must have `help` (the type says so), so no route, error or limit
 * can answer without Childline, the NSPCC Helpline and 999.
 *
 * @param body - the body, with `help`
 * @param status - the HTTP status
 * @param headers - more headers (`ETag`, `Cache-Control`, `RateLimit`)
 * @example
 * ```ts
 * return sendJson(getHelplines(), 200, { 'Cache-Control': 'public, max-age=3600' });
 * ```
 */
export function sendJson(body: Helped, status: number, headers: Readonly<Record<string, string>> = {}): Response {
	const problem = status >= 400;
	return new Response(frozenJson(body), {
		status,
		headers: {
			...COMMON_HEADERS,
			'Content-Type': problem ? 'application/problem+json' : 'application/json; charset=utf-8',
			...headers,
		},
	});
}
