import { getCoverage } from '@signpost-uk/sdk';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { json } from '../endpoint/reply.js';
import { CoverageResultSchema } from '../schemas/reference-schemas.js';

/**
 * `GET /v1/coverage`: the SDK's `getCoverage`, which forces and years hold figures, by release.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/coverage'
 * ```
 */
export const coverageEndpoint = defineEndpoint({
	path: '/v1/coverage',
	operationId: 'getCoverage',
	summary: 'What the dataset covers',
	description: 'Which forces and years hold figures, and what each release covers. A force with none is listed too.',
	tag: 'Reference',
	success: { schema: CoverageResultSchema, description: 'The coverage.' },
	problems: [],
	answer: () => json(getCoverage()),
});
