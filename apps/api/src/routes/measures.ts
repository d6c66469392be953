import { listMeasures } from '@signpost-uk/sdk';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { json } from '../endpoint/reply.js';
import { MeasuresResultSchema } from '../schemas/reference-schemas.js';

/**
 * `GET /v1/measures`: the SDK's `listMeasures`, every measure with its definition and caveats.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/measures'
 * ```
 */
export const measuresEndpoint = defineEndpoint({
	path: '/v1/measures',
	operationId: 'listMeasures',
	summary: 'Measures',
	description: 'Every measure figures are held for: id, name, definition, caveats and the words people use for it.',
	tag: 'Reference',
	success: { schema: MeasuresResultSchema, description: 'Every measure.' },
	problems: [],
	answer: () => json(listMeasures()),
});
