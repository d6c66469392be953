import { createApi, ENDPOINTS, MAX_URL_LENGTH } from '@signpost-uk/api';
import { CHILDLINE_PHONE, EMERGENCY_PHONE, formatNumber, NSPCC_HELPLINE_PHONE } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { apiReferencePage, type OpenApiDocument } from '../api-reference-page.js';

describe('the HTTP API reference page', async () => {
	const response = await createApi().fetch(new Request('http://localhost/v1/openapi.json'));
	const page = apiReferencePage((await response.json()) as OpenApiDocument);

	it('has a section for every endpoint of the OpenAPI document, with a curl example', () => {
		for (const { route } of ENDPOINTS) expect(page).toContain(`### GET ${route.path}\n`);
		expect(page).toContain("curl 'http://127.0.0.1:8787/v1/figures?area=Derbyshire'");
		expect(page).toContain("curl 'http://127.0.0.1:8787/v1/areas/derbyshire'");
	});

	it('has an anchor for every problem type the API sends', async () => {
		const problem = (await (await createApi().fetch(new Request('http://localhost/v1/figures'))).json()) as {
			type: string;
		};
		expect(page).toContain(`{#${problem.type.split('#')[1]}}`);
		for (const kind of ['bad-parameter', 'unknown-area', 'not-found', 'method-not-allowed', 'uri-too-long'])
			expect(page).toContain(`{#problem-${kind}}`);
		// The address limit the page states is the API's own.
		expect(page).toContain(`an address over ${formatNumber(MAX_URL_LENGTH)} characters`);
	});

	it('carries the help lines', () => {
		for (const number of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE, EMERGENCY_PHONE]) expect(page).toContain(number);
	});
});
