import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import {
	areaAutocompleteInteraction,
	figuresInteraction,
	pingInteraction,
} from '../../__tests__/support/interactions.js';
import worker from '../worker.js';
import { makeKeys, signBody } from './support/signing.js';

const keys = makeKeys();
const env = { DISCORD_PUBLIC_KEY: keys.publicKeyHex };

function signedRequest(payload: unknown, signer = keys, timestamp?: string): Request {
	const body = JSON.stringify(payload);
	return new Request('https://signpost.example.workers.dev/interactions', {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...signBody(signer, body, timestamp) },
		body,
	});
}

describe('Cloudflare Worker fetch handler', () => {
	it('answers a signed PING with PONG', async () => {
		const response = await worker.fetch(signedRequest(pingInteraction()), env);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ type: 1 });
	});

	it('answers a signed /figures with both help numbers', async () => {
		const response = await worker.fetch(signedRequest(figuresInteraction('Derbyshire', '2016/17')), env);
		expect(response.status).toBe(200);
		const reply = (await response.json()) as { data: { content: string } };
		for (const number of HELP_NUMBERS) expect(reply.data.content).toContain(number);
	});

	it('answers a signed autocomplete', async () => {
		const response = await worker.fetch(signedRequest(areaAutocompleteInteraction('Staff')), env);
		const reply = (await response.json()) as { type: number; data: { choices: unknown[] } };
		expect(reply.type).toBe(8);
		expect(reply.data.choices.length).toBeLessThanOrEqual(25);
	});

	it('refuses another key, a stale timestamp and a tampered body with 401', async () => {
		expect((await worker.fetch(signedRequest(pingInteraction(), makeKeys()), env)).status).toBe(401);
		const stale = String(Math.floor(Date.now() / 1_000) - 10 * 60);
		expect((await worker.fetch(signedRequest(pingInteraction(), keys, stale), env)).status).toBe(401);
		const body = JSON.stringify(pingInteraction());
		const tampered = new Request('https://signpost.example.workers.dev/interactions', {
			method: 'POST',
			headers: signBody(keys, body),
			body: `${body} `,
		});
		expect((await worker.fetch(tampered, env)).status).toBe(401);
	});

	it('answers 500 without a configured public key, and GET /healthz', async () => {
		expect((await worker.fetch(signedRequest(pingInteraction()), {})).status).toBe(500);
		const health = await worker.fetch(new Request('https://signpost.example.workers.dev/healthz'), env);
		expect(await health.json()).toEqual({ status: 'ok' });
	});
});
