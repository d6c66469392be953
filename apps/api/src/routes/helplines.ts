import { getHelplines } from '@signpost-uk/sdk';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { json } from '../endpoint/reply.js';
import { HelplinesResultSchema } from '../schemas/reference-schemas.js';

/**
 * `GET /v1/helplines`: the SDK's `getHelplines`, Childline 0800 1111, the NSPCC Helpline 0808 800 5000 and 999.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/helplines'
 * ```
 */
export const helplinesEndpoint = defineEndpoint({
	path: '/v1/helplines',
	operationId: 'getHelplines',
	summary: 'The help lines',
	description:
		'Childline 0800 1111, the NSPCC Helpline 0808 800 5000 and 999, with hours, cost and where each is published.',
	tag: 'Help',
	success: { schema: HelplinesResultSchema, description: 'The help lines.' },
	problems: [],
	answer: () => json(getHelplines()),
});
