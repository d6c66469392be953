import { z } from '@hono/zod-openapi';
import { listAreas, searchAreas } from '@signpost-uk/sdk';
import { answerReply } from '../endpoint/answer-reply.js';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { queryText } from '../endpoint/query-text.js';
import { json } from '../endpoint/reply.js';
import { AreasResultSchema } from '../schemas/reference-schemas.js';

/**
 * `GET /v1/areas?q=`: every area Signpost knows, or (with `q`) the SDK's `searchAreas`, best match first.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/areas?q=derb'
 * ```
 */
export const areasEndpoint = defineEndpoint({
	path: '/v1/areas',
	operationId: 'listAreas',
	summary: 'Areas, or a search',
	description:
		'Without `q`, every area (forces, nations, regions, groups and the UK), whether or not figures are held. With ' +
		'`q`, the areas matching it, best first; a town is matched to the force that polices it.',
	tag: 'Areas',
	query: z.object({ q: queryText('q', 'Text to search area names, aliases and places for.', 'derb').optional() }),
	success: { schema: AreasResultSchema, description: 'The areas, or none (a search that matched nothing).' },
	problems: [400],
	answer: ({ query }) =>
		query.q === undefined ? json(listAreas()) : answerReply(searchAreas(query.q), { text: 'q', limit: 'q' }),
});
