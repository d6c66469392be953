import { z } from '@hono/zod-openapi';
import { getAreaHierarchy } from '@signpost-uk/sdk';
import { answerReply } from '../endpoint/answer-reply.js';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { queryText } from '../endpoint/query-text.js';
import { PlaceResultSchema } from '../schemas/reference-schemas.js';

/**
 * `GET /v1/places?q=`: a typed place name to the force that polices it, by the same rules as the bot: a name that
 * means several places answers with the choices, and a place is never given another force.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/places?q=Reading'
 * ```
 */
export const placesEndpoint = defineEndpoint({
	path: '/v1/places',
	operationId: 'findPlace',
	summary: 'The force for a place',
	description:
		'A place, area name or alias to its area: "Reading" is Thames Valley Police, "Caerdydd" South Wales Police. A ' +
		'name that means several places (Newport, London) answers with the choices; an unknown name is a 404.',
	tag: 'Areas',
	query: z.object({ q: queryText('q', 'A place, area name or alias.', 'Reading').min(1) }),
	success: { schema: PlaceResultSchema, description: 'The area, or the choices for a name that means several.' },
	problems: [400, 404],
	answer: ({ query }) => answerReply(getAreaHierarchy(query.q), { area: 'q' }),
});
