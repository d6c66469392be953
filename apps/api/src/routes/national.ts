import { z } from '@hono/zod-openapi';
import { getNational } from '@signpost-uk/sdk';
import { answerReply } from '../endpoint/answer-reply.js';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { queryText } from '../endpoint/query-text.js';
import { NationalAnswerSchema } from '../schemas/data-schemas.js';

/**
 * `GET /v1/national?year=`: the SDK's `getNational`, UK-wide and national figures for a year.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/national'
 * ```
 */
export const nationalEndpoint = defineEndpoint({
	path: '/v1/national',
	operationId: 'getNational',
	summary: 'National and UK-wide figures',
	description: 'UK-wide and national figures for a year (the latest held by default), by measure.',
	tag: 'Figures',
	query: z.object({
		year: queryText('year', 'A financial year.', '2022/23').optional(),
		measure: queryText('measure', 'A measure id or short name.', 'child-sexual-offences').optional(),
	}),
	success: {
		schema: NationalAnswerSchema,
		description: 'The answer: found, not found (with the reason) or help first.',
	},
	problems: [400],
	answer: ({ query }) => answerReply(getNational(query)),
});
