import { HELP_NUMBERS, missingHelpNumbers } from '@signpost-uk/domain/testing';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { OPENAPI_PATH } from '../../openapi-document.js';

interface OpenApiDocument {
	readonly paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
}

/** The documented path a request path answers to (`/v1/areas/derbyshire` is `/v1/areas/{id}`), or undefined. */
export function documentedPath(document: OpenApiDocument, path: string): string | undefined {
	return Object.keys(document.paths).find((template) =>
		new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`).test(path),
	);
}

const pointerPart = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

/** Checks the help numbers: in the `Signpost-Help` header always, and in a JSON body's `help` (`x-help` for OpenAPI). */
function expectHelp(label: string, response: Response, path: string, body: Record<string, unknown> | undefined) {
	expect(missingHelpNumbers(response.headers.get('signpost-help') ?? ''), label).toEqual([]);
	if (body === undefined) return;
	for (const number of HELP_NUMBERS) expect(JSON.stringify(body), label).toContain(number);
	// OpenAPI allows no `help` at the document's top level, so its help lines are in `x-help`.
	const help = path === OPENAPI_PATH ? body['x-help'] : body.help;
	expect(missingHelpNumbers(JSON.stringify(help)), label).toEqual([]);
}

/**
 * A checker of responses against an OpenAPI 3.1 document: each JSON body against the schema the document gives
 * for its path, status and media type (JSON Schema 2020-12, as OpenAPI 3.1 uses), and the help numbers on every
 * response.
 *
 * @example
 * ```ts
 * const check = contractChecker(await (await api.fetch(new Request('http://x/v1/openapi.json'))).json());
 * await check('/v1/helplines', response);
 * ```
 */
export function contractChecker(document: OpenApiDocument) {
	const ajv = new Ajv2020({ strict: false, validateFormats: false });
	ajv.addSchema({ ...document, $id: 'openapi' });
	const validate = (template: string, status: number, mediaType: string, body: unknown) => {
		const responses = document.paths[template]?.get?.responses ?? {};
		expect(Object.keys(responses), `status ${status} is documented`).toContain(String(status));
		expect(Object.keys(responses[String(status)]?.content ?? {}), `${mediaType} is documented`).toContain(mediaType);
		const pointer = `openapi#/paths/${pointerPart(template)}/get/responses/${status}/content/${pointerPart(mediaType)}/schema`;
		const check = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer });
		return check(body) ? [] : (check.errors ?? []).slice(0, 3);
	};
	return async function check(pathAndQuery: string, response: Response): Promise<{ status: number; text: string }> {
		const text = await response.text();
		const status = response.status;
		expect(status, pathAndQuery).toBeLessThan(500);
		const path = new URL(pathAndQuery, 'http://x').pathname;
		const mediaType = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
		const body =
			status !== 304 && mediaType.endsWith('json') ? (JSON.parse(text) as Record<string, unknown>) : undefined;
		expectHelp(pathAndQuery, response, path, body);
		const template = documentedPath(document, path);
		if (status === 304 || path === OPENAPI_PATH) return { status, text };
		// Not a documented path: a 404 problem.
		if (template === undefined) expect(status, pathAndQuery).toBe(404);
		else expect(validate(template, status, mediaType, body ?? text), `${pathAndQuery} matches its schema`).toEqual([]);
		return { status, text };
	};
}
