import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './support/start-server.js';

// The built server (`pnpm api` runs it) over real HTTP on a loopback port.
let limited: RunningServer;
let open: RunningServer;

beforeAll(async () => {
	[limited, open] = await Promise.all([startServer({ RATE_LIMIT: '3' }), startServer({ RATE_LIMIT: '0' })]);
}, 60_000);

afterAll(async () => {
	await Promise.all([limited?.close(), open?.close()]);
});

describe('the Node server', () => {
	it('answers /v1/figures with cited figures and the help lines', async () => {
		const response = await fetch(`${open.url}/v1/figures?area=Derbyshire&year=2016/17`);
		expect(response.status).toBe(200);
		const text = await response.text();
		for (const number of HELP_NUMBERS) expect(text).toContain(number);
		expect(JSON.parse(text)).toMatchObject({ status: 'found', data: { area: { id: 'derbyshire' }, year: '2016/17' } });
	});

	it('limits each client to RATE_LIMIT requests a minute: RateLimit headers, then a 429 problem with help', async () => {
		// startServer's own readiness request counted as the first.
		const statuses: number[] = [];
		let last: Response | undefined;
		for (let i = 0; i < 3; i += 1) {
			last = await fetch(`${limited.url}/v1/measures`);
			await last.arrayBuffer();
			statuses.push(last.status);
		}
		expect(statuses).toEqual([200, 200, 429]);
		expect(last?.headers.get('ratelimit-policy')).toBe('"per-client";q=3;w=60');
		expect(last?.headers.get('ratelimit')).toMatch(/^"per-client";r=0;t=\d+$/);
		expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(last?.headers.get('content-type')).toBe('application/problem+json');
		const again = await fetch(`${limited.url}/v1/measures`);
		const problem = (await again.json()) as { status: number; help: { services: { phone: string }[] } };
		expect(problem.status).toBe(429);
		expect(problem.help.services.slice(0, 3).map((s) => s.phone)).toEqual([...HELP_NUMBERS]);
	});

	it('with RATE_LIMIT=0 sends no RateLimit headers and never refuses', async () => {
		for (let i = 0; i < 5; i += 1) {
			const response = await fetch(`${open.url}/v1/helplines`);
			await response.arrayBuffer();
			expect(response.status).toBe(200);
			expect(response.headers.get('ratelimit')).toBeNull();
		}
	});

	it('logs where it listens and nothing of any request (a person may type anything)', async () => {
		const typed = 'Qzx my uncle hurts me Typed';
		await (await fetch(`${open.url}/v1/figures?area=${encodeURIComponent(typed)}`)).arrayBuffer();
		await (await fetch(`${open.url}/v1/nowhere?q=${encodeURIComponent(typed)}`)).arrayBuffer();
		expect(open.output()).toContain('/v1/openapi.json');
		expect(open.output()).not.toContain('Qzx');
		expect(open.output()).not.toContain('figures');
	});

	it('refuses a bad RATE_LIMIT naming the variable, not its value', async () => {
		await expect(startServer({ RATE_LIMIT: 'lots-Qzx' })).rejects.toThrow(/RATE_LIMIT must be a whole number/);
	});
});
