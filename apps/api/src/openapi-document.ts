import type { OpenAPIHono } from '@hono/zod-openapi';
import { CAVEAT_SUMMARY, helpSentence, selectHelp } from '@signpost-uk/domain';

/** Where the OpenAPI document is served. */
export const OPENAPI_PATH = '/v1/openapi.json';

let document: object | undefined;

/**
 * The OpenAPI 3.1 document, generated from the endpoints' route definitions (their zod schemas, which are built from
 * the domain's), made once. The help lines are in `info.description` and in `x-help` (OpenAPI allows no other
 * top-level field).
 *
 * @param app - the app whose registry holds the routes
 * @example
 * ```ts
 * openApiDocument(createApi()).openapi; // "3.1.0"
 * ```
 */
export function openApiDocument(app: OpenAPIHono): object {
	const help = selectHelp();
	document ??= {
		...app.getOpenAPI31Document({
			openapi: '3.1.0',
			info: {
				title: 'Signpost API',
				version: '1.0.0',
				description:
					'Read-only JSON over the Signpost SDK. Every figure carries its year, source, exact quote, address and ' +
					`date; every body, errors included, carries \`help\`. ${CAVEAT_SUMMARY} Get help: ${helpSentence(help)}.`,
				license: { name: 'MIT' },
			},
			servers: [{ url: '/' }],
		}),
		'x-help': help,
	};
	return document;
}
