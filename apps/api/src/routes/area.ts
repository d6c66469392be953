import { z } from '@hono/zod-openapi';
import { findAreaByOnsCode, getAreaHierarchy, listAreas } from '@signpost-uk/sdk';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { MAX_PARAMETER_LENGTH } from '../endpoint/query-text.js';
import { json, problemReply } from '../endpoint/reply.js';
import { problem } from '../http/problem.js';
import { AreaResultSchema } from '../schemas/reference-schemas.js';

const ONS_CODE = /^[A-Za-z]\d{8}$/;

/** The id of the area with this id or ONS code, if any: exact only, never a search. */
function areaIdOf(id: string): string | undefined {
	if (ONS_CODE.test(id)) {
		const byCode = findAreaByOnsCode(id);
		return byCode.status === 'found' ? byCode.area.id : undefined;
	}
	return listAreas().areas.find((area) => area.id === id)?.id;
}

/**
 * `GET /v1/areas/{id}`: one area by its id ("derbyshire") or ONS code ("E23000018"), with its region, nation and
 * forces. An id is matched exactly; a name is for `/v1/places`.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/areas/derbyshire'
 * ```
 */
export const areaEndpoint = defineEndpoint({
	path: '/v1/areas/{id}',
	operationId: 'getArea',
	summary: 'One area by id or ONS code',
	description: 'One area by its id or ONS Police Force Area code, with the region, nation and forces it sits with.',
	tag: 'Areas',
	params: z.object({
		id: z
			.string()
			.min(1)
			.max(MAX_PARAMETER_LENGTH)
			.openapi({ param: { name: 'id', in: 'path' }, description: 'An area id or ONS code.', example: 'derbyshire' }),
	}),
	success: { schema: AreaResultSchema, description: 'The area and where it sits.' },
	problems: [400, 404],
	answer: ({ params }) => {
		const id = areaIdOf(params.id);
		const result = id === undefined ? undefined : getAreaHierarchy(id);
		if (result?.status !== 'found') {
			const detail = 'No area has that id or ONS code. /v1/areas lists every area; /v1/places finds one by name.';
			return problemReply(problem('unknown-area', detail, { parameter: 'id', suggestions: [] }));
		}
		return json(result);
	},
});
