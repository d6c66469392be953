import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerd, workerdBinary } from '../../../bot/src/transports/__tests__/support/start-workerd.js';
import { createApi, MAX_URL_LENGTH } from '../create-api.js';
import { contractChecker } from './support/contract.js';
import { EXAMPLE_REQUESTS } from './support/requests.js';
import type { RunningServer } from './support/start-server.js';

// The built Worker (dist/worker.mjs) on Cloudflare's own runtime, over real HTTP on a loopback port: the same
// contract tests as the app in Node.
const WORKER_MODULE = fileURLToPath(new URL('../../dist/worker.mjs', import.meta.url));
const binary = workerdBinary();
let workerd: RunningServer;
let check: ReturnType<typeof contractChecker>;

describe.skipIf('reason' in binary)(
	`the Worker in workerd${'reason' in binary ? ` (skipped: ${binary.reason})` : ''}`,
	() => {
		beforeAll(async () => {
			if (!('path' in binary)) return;
			workerd = await startWorkerd(binary.path, WORKER_MODULE, {}, { ready: '/v1/helplines' });
			check = contractChecker(
				(await (await fetch(`${workerd.url}/v1/openapi.json`)).json()) as Parameters<typeof contractChecker>[0],
			);
		}, 60_000);

		afterAll(async () => {
			await workerd?.close();
		});

		it('dist/worker.mjs is one self-contained module: no import left, no require, no Node built-in', () => {
			const code = readFileSync(WORKER_MODULE, 'utf8');
			expect(code).not.toMatch(/^\s*import[\s{*]/m);
			expect(code).not.toMatch(/\bimport\(|\brequire\(/);
			expect(code).not.toMatch(/["']node:/);
		});

		it.each(EXAMPLE_REQUESTS)('GET %s validates against the OpenAPI document, with the help numbers', async (path) => {
			await check(path, await fetch(`${workerd.url}${path}`));
		});

		it('sends the same bytes and ETag as the app on Node', async () => {
			const path = '/v1/figures?area=Derbyshire&year=2016/17';
			const [inWorker, onNode] = await Promise.all([
				fetch(`${workerd.url}${path}`),
				createApi().fetch(new Request(`http://localhost${path}`)),
			]);
			expect(inWorker.headers.get('etag')).toBe(onNode.headers.get('etag'));
			expect(await inWorker.text()).toBe(await onNode.text());
		});

		it('304 for a current ETag, 204 for a preflight, 405 for POST, 414 for a long address', async () => {
			const etag = (await fetch(`${workerd.url}/v1/measures`)).headers.get('etag') ?? '';
			expect((await fetch(`${workerd.url}/v1/measures`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
			const preflight = await fetch(`${workerd.url}/v1/figures`, {
				method: 'OPTIONS',
				headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
			});
			expect(preflight.status).toBe(204);
			expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
			const post = await fetch(`${workerd.url}/v1/figures`, { method: 'POST', body: '{}' });
			expect(post.status).toBe(405);
			const refusal = await post.text();
			for (const number of HELP_NUMBERS) expect(refusal).toContain(number);
			const long = await fetch(`${workerd.url}/v1/figures?area=${'x'.repeat(MAX_URL_LENGTH)}`);
			expect(long.status).toBe(414);
			const tooLong = await long.text();
			for (const number of HELP_NUMBERS) expect(tooLong).toContain(number);
		});

		it('sends no RateLimit headers: the Worker relies on Cloudflare’s rate limiting', async () => {
			const response = await fetch(`${workerd.url}/v1/helplines`);
			expect(response.headers.get('ratelimit')).toBeNull();
		});
	},
);
