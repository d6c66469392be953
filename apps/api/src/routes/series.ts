import { z } from '@hono/zod-openapi';
import { getSeries } from '@signpost-uk/sdk';
import { answerReply } from '../endpoint/answer-reply.js';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { queryText } from '../endpoint/query-text.js';
import { SeriesAnswerSchema } from '../schemas/data-schemas.js';

/**
 * `GET /v1/series?area=&measure=&from=&to=`: the SDK's `getSeries`, a measure's figures for an area year by year.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/series?area=Derbyshire&from=2015/16&to=2016/17'
 * ```
 */
export const seriesEndpoint = defineEndpoint({
	path: '/v1/series',
	operationId: 'getSeries',
	summary: 'A measure year by year for an area',
	description:
		'A measure’s figures for an area, year by year, with changes computed only where the sources make two years ' +
		'comparable, and the years shown side by side without one where they do not.',
	tag: 'Figures',
	query: z.object({
		area: queryText('area', 'An area name, alias, id or a place it polices.', 'Derbyshire').min(1),
		measure: queryText(
			'measure',
			'A measure id or short name (offences recorded by default).',
			'child-sexual-offences',
		).optional(),
		from: queryText('from', 'The first financial year.', '2015/16').optional(),
		to: queryText('to', 'The last financial year.', '2016/17').optional(),
	}),
	success: { schema: SeriesAnswerSchema, description: 'The answer: found, not found (with the reason) or help first.' },
	problems: [400, 404],
	answer: ({ query }) => answerReply(getSeries(query)),
});
