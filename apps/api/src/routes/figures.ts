import { z } from '@hono/zod-openapi';
import { getFigures } from '@signpost-uk/sdk';
import { answerReply } from '../endpoint/answer-reply.js';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { queryText } from '../endpoint/query-text.js';
import { FiguresAnswerSchema } from '../schemas/data-schemas.js';

/**
 * `GET /v1/figures?area=&year=&measure=`: the SDK's `getFigures`, everything held for one area and year, each figure
 * with its year, source, quote, address and date.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/figures?area=Derbyshire&year=2016/17'
 * ```
 */
export const figuresEndpoint = defineEndpoint({
	path: '/v1/figures',
	operationId: 'getFigures',
	summary: 'Figures for an area and year',
	description:
		'Everything held for one area and year: the headline measure, other measures, context figures, changes computed ' +
		'from cited counts, the sources’ claims and any conflicts. A name that means several areas (London) answers ' +
		'with the choices, never a guess.',
	tag: 'Figures',
	query: z.object({
		area: queryText('area', 'An area name, alias, id or a place it polices ("Reading").', 'Derbyshire').min(1),
		year: queryText(
			'year',
			'A financial year: "2016/17", "2016-17", "FY2016". Latest held by default.',
			'2016/17',
		).optional(),
		measure: queryText(
			'measure',
			'A measure id or short name, to limit the answer to one measure.',
			'child-sexual-offences',
		).optional(),
	}),
	success: {
		schema: FiguresAnswerSchema,
		description: 'The answer: found, not found (with the reason) or help first.',
	},
	problems: [400, 404],
	answer: ({ query }) => answerReply(getFigures(query)),
});
