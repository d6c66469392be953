import { MAX_FREE_TEXT_LENGTH } from '@signpost-uk/domain';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { createApi, MAX_URL_LENGTH } from '../create-api.js';
import { MAX_PARAMETER_LENGTH } from '../endpoint/query-text.js';

const api = createApi();
const get = (path: string, init?: RequestInit) => api.fetch(new Request(`http://localhost${path}`, init));

async function expectProblem(response: Response, status: number) {
	expect(response.status).toBe(status);
	expect(response.headers.get('content-type')).toBe('application/problem+json');
	const body = (await response.json()) as Record<string, unknown> & { help: { services: { phone: string }[] } };
	expect(Object.keys(body)).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'help']));
	expect(body.status).toBe(status);
	expect(body.help.services.slice(0, 3).map((s) => s.phone)).toEqual([...HELP_NUMBERS]);
	expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js|mjs):\d+/);
	return body;
}

describe('caching', () => {
	it('a 200 has an ETag from the dataset version and the request, and Cache-Control public', async () => {
		const first = await get('/v1/figures?area=Derbyshire');
		const etag = first.headers.get('etag') ?? '';
		expect(etag).toMatch(/^"\d{4}-\d{2}-\d{2}-[0-9a-f]{8}"$/);
		expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
		expect((await get('/v1/figures?area=Derbyshire')).headers.get('etag')).toBe(etag);
		expect((await get('/v1/figures?area=Kent')).headers.get('etag')).not.toBe(etag);
	});

	it('If-None-Match with the ETag answers 304 with no body; another tag answers 200', async () => {
		const etag = (await get('/v1/measures')).headers.get('etag') ?? '';
		const cached = await get('/v1/measures', { headers: { 'If-None-Match': `"other", ${etag}` } });
		expect(cached.status).toBe(304);
		expect(await cached.text()).toBe('');
		expect(cached.headers.get('etag')).toBe(etag);
		expect(cached.headers.get('signpost-help')).toContain('0800 1111');
		expect((await get('/v1/measures', { headers: { 'If-None-Match': '"stale"' } })).status).toBe(200);
	});

	it('problems are not cached and have no ETag', async () => {
		const response = await get('/v1/figures');
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('etag')).toBeNull();
	});
});

describe('CORS and methods', () => {
	it('every response allows any origin to read, and sets no cookie', async () => {
		for (const path of ['/v1/helplines', '/v1/figures', '/v1/nowhere']) {
			const response = await get(path, { headers: { Origin: 'https://example.org', Cookie: 'a=b' } });
			expect(response.headers.get('access-control-allow-origin')).toBe('*');
			expect(response.headers.get('set-cookie')).toBeNull();
		}
	});

	it('answers a preflight with 204 and the methods allowed', async () => {
		const response = await get('/v1/figures?area=Kent', {
			method: 'OPTIONS',
			headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
		});
		expect(response.status).toBe(204);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
		expect(response.headers.get('access-control-allow-headers')).toContain('If-None-Match');
	});

	it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s on an endpoint is a 405 problem with Allow', async (method) => {
		const response = await get('/v1/figures?area=Kent', { method, body: method === 'DELETE' ? null : '{}' });
		expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
		await expectProblem(response, 405);
	});

	it('POST to a path that does not exist is a 404', async () => {
		await expectProblem(await get('/v2/figures', { method: 'POST', body: '{}' }), 404);
	});

	it('HEAD answers like GET without a body', async () => {
		const response = await get('/v1/helplines', { method: 'HEAD' });
		expect(response.status).toBe(200);
		expect(response.headers.get('etag')).toBeTruthy();
		expect(await response.text()).toBe('');
	});
});

describe('limits and unknowns', () => {
	it('an address over the limit is a 414 problem', async () => {
		await expectProblem(await get(`/v1/figures?area=${'x'.repeat(MAX_URL_LENGTH)}`), 414);
	});

	it('a parameter that is not a name, or over 2,000 characters, is a 400 naming it, without its value', async () => {
		for (const length of [300, MAX_PARAMETER_LENGTH, MAX_PARAMETER_LENGTH + 1]) {
			const value = 'Qzx '.repeat(length).slice(0, length);
			const body = await expectProblem(await get(`/v1/figures?area=${encodeURIComponent(value)}`), 400);
			expect(body.parameter).toBe('area');
			expect(JSON.stringify(body)).not.toContain('Qzx');
		}
		expect(MAX_PARAMETER_LENGTH).toBe(MAX_FREE_TEXT_LENGTH);
	});

	it.each(['/', '/v1', '/v1/', '/v1/figures/extra', '/v1/areas/', '/v1/datapackage/../x'])(
		'%s is a 404 problem',
		async (path) => {
			await expectProblem(await get(path), 404);
		},
	);

	it('an unknown area id is a 404 naming the parameter', async () => {
		const body = await expectProblem(await get('/v1/areas/Qzxnowhere'), 404);
		expect(body.parameter).toBe('id');
		expect(JSON.stringify(body)).not.toContain('Qzx');
	});
});

describe('the rate limit', () => {
	it('counts per client and resets after a minute', async () => {
		let now = 0;
		let client = 'a';
		const limited = createApi({ rateLimit: 2, now: () => now, clientKey: () => client });
		const status = async () => (await limited.fetch(new Request('http://localhost/v1/helplines'))).status;
		expect([await status(), await status(), await status()]).toEqual([200, 200, 429]);
		client = 'b';
		expect(await status()).toBe(200);
		client = 'a';
		now = 60_000;
		expect(await status()).toBe(200);
	});

	it('a 429 is a problem with Retry-After and the RateLimit headers', async () => {
		const limited = createApi({ rateLimit: 1, now: () => 0 });
		await (await limited.fetch(new Request('http://localhost/v1/helplines'))).arrayBuffer();
		const refused = await limited.fetch(new Request('http://localhost/v1/helplines'));
		expect(refused.headers.get('retry-after')).toBe('60');
		expect(refused.headers.get('ratelimit')).toBe('"per-client";r=0;t=60');
		await expectProblem(refused, 429);
	});
});
