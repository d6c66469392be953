import { beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../create-api.js';
import { ENDPOINTS } from '../endpoints.js';
import { contractChecker, documentedPath } from './support/contract.js';
import { EXAMPLE_REQUESTS } from './support/requests.js';

const api = createApi();
const get = (path: string, init?: RequestInit) => api.fetch(new Request(`http://localhost${path}`, init));
let document: Parameters<typeof contractChecker>[0] & { openapi: string; components: { schemas: object } };
let check: ReturnType<typeof contractChecker>;

beforeAll(async () => {
	document = (await (await get('/v1/openapi.json')).json()) as typeof document;
	check = contractChecker(document);
});

describe('the OpenAPI document', () => {
	it('is OpenAPI 3.1, generated from every endpoint definition, with the domain schemas as components', () => {
		expect(document.openapi).toBe('3.1.0');
		expect(Object.keys(document.paths).sort()).toEqual(ENDPOINTS.map((e) => e.route.path).sort());
		expect(Object.keys(document.components.schemas)).toEqual(
			expect.arrayContaining(['Help', 'Problem', 'FiguresAnswer', 'FigureView', 'CitedSource']),
		);
	});

	it('documents, for every endpoint, a 200, a 304 and the problems every endpoint can answer', () => {
		for (const [path, item] of Object.entries(document.paths)) {
			const statuses = Object.keys(item.get?.responses ?? {});
			expect(statuses, path).toEqual(expect.arrayContaining(['200', '304', '405', '414', '429', '500']));
		}
	});

	it('the example requests reach every documented path', () => {
		const reached = new Set(EXAMPLE_REQUESTS.map((r) => documentedPath(document, new URL(r, 'http://x').pathname)));
		for (const path of Object.keys(document.paths)) expect(reached, path).toContain(path);
	});
});

describe('every documented response validates against its schema, with the help numbers', () => {
	it.each(EXAMPLE_REQUESTS)('GET %s', async (path) => {
		await check(path, await get(path));
	});
});

describe('answers as the SDK gives them', () => {
	it('a figure carries its year, source, quote, address and date', async () => {
		const body = (await (await get('/v1/figures?area=Derbyshire&year=2016/17')).json()) as {
			data: {
				figures: {
					figure: { period: string };
					sources: { quote: string; source: { url?: string; published: unknown } }[];
				}[];
			};
		};
		const [first] = body.data.figures;
		expect(first?.figure.period).toBe('2016/17');
		expect(first?.sources[0]?.quote.length).toBeGreaterThan(0);
		expect(first?.sources[0]?.source.url).toMatch(/^https:\/\//);
		expect(first?.sources[0]?.source.published).toBeDefined();
	});

	it('a name meaning several areas answers with the choices, never one of them', async () => {
		const body = (await (await get('/v1/figures?area=London')).json()) as {
			reason: string;
			suggestions: { id: string }[];
		};
		expect(body.reason).toBe('ambiguous-area');
		expect(body.suggestions.map((s) => s.id)).toEqual(['metropolitan', 'city-of-london']);
	});

	it('a place is answered with the force that polices it, and Newport with the choices', async () => {
		const reading = (await (await get('/v1/places?q=Reading')).json()) as { area: { id: string } };
		expect(reading.area.id).toBe('thames-valley');
		const newport = (await (await get('/v1/places?q=Newport')).json()) as { suggestions: { id: string }[] };
		expect(newport.suggestions.length).toBeGreaterThan(1);
	});

	it('a bad parameter is a 400 naming it; an unknown area a 404 with suggestions', async () => {
		const missing = (await (await get('/v1/figures')).json()) as { status: number; parameter: string };
		expect(missing).toMatchObject({ status: 400, parameter: 'area' });
		const year = (await (await get('/v1/figures?area=Kent&year=banana')).json()) as { parameter: string };
		expect(year.parameter).toBe('year');
		const area = (await (await get('/v1/compare?areas=Derbyshire,Derbyshre,Qzxatlantis')).json()) as {
			status: number;
			parameter: string;
		};
		expect(area).toMatchObject({ status: 404, parameter: 'areas' });
	});
});
