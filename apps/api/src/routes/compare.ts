import { z } from '@hono/zod-openapi';
import { compareAreas } from '@signpost-uk/sdk';
import { answerReply } from '../endpoint/answer-reply.js';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { MAX_PARAMETER_LENGTH, queryText } from '../endpoint/query-text.js';
import { CompareAnswerSchema } from '../schemas/data-schemas.js';

/** Most areas a comparison takes, as the SDK's own limit. */
const MAX_AREAS = 20;

/**
 * `GET /v1/compare?areas=a,b&year=`: the SDK's `compareAreas`, two or more areas side by side for one year.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/compare?areas=Derbyshire,Staffordshire&year=2016/17'
 * ```
 */
export const compareEndpoint = defineEndpoint({
	path: '/v1/compare',
	operationId: 'compareAreas',
	summary: 'Areas side by side',
	description: `Up to ${MAX_AREAS} areas, comma-separated, side by side for one year and measure.`,
	tag: 'Figures',
	query: z.object({
		areas: z
			.string()
			.min(1)
			.max(MAX_PARAMETER_LENGTH * 2)
			.openapi({
				param: { name: 'areas', in: 'query' },
				description: `Area names, aliases or ids, separated by commas (at most ${MAX_AREAS}).`,
				example: 'Derbyshire,Staffordshire',
			}),
		year: queryText('year', 'A financial year (latest held by default).', '2016/17').optional(),
		measure: queryText('measure', 'A measure id or short name.', 'child-sexual-offences').optional(),
	}),
	success: {
		schema: CompareAnswerSchema,
		description: 'The answer: found, not found (with the reason) or help first.',
	},
	problems: [400, 404],
	answer: ({ query }) =>
		answerReply(compareAreas({ ...query, areas: query.areas.split(',').map((area) => area.trim()) })),
});
