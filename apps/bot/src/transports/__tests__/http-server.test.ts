import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import {
	areaAutocompleteInteraction,
	figuresInteraction,
	pingInteraction,
} from '../../__tests__/support/interactions.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { MAX_BODY_BYTES } from '../max-body-bytes.js';
import { httpServerForFile } from './support/http-server-for-file.js';
import { makeKeys, signBody } from './support/signing.js';

const keys = makeKeys();
const otherKeys = makeKeys();
const logLines: Record<string, unknown>[] = [];
const http = httpServerForFile(keys.publicKeyHex, {
	handler: createInteractionHandler(),
	log: {
		debug: () => {},
		info: (message, fields) => logLines.push({ message, ...fields }),
		warn: (message, fields) => logLines.push({ message, ...fields }),
		error: (message, fields) => logLines.push({ message, ...fields }),
	},
});

function post(body: string, headers: Record<string, string>): Promise<Response> {
	return fetch(`${http.url}/interactions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body,
	});
}

function postSigned(payload: unknown, signer = keys): Promise<Response> {
	const body = JSON.stringify(payload);
	return post(body, signBody(signer, body));
}

describe('HTTP interactions server', () => {
	it('answers a signed PING with PONG', async () => {
		const response = await postSigned(pingInteraction());
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(await response.json()).toEqual({ type: 1 });
	});

	it('answers a signed /figures with the core reply, carrying both help numbers', async () => {
		const response = await postSigned(figuresInteraction('Derbyshire', '2016/17'));
		expect(response.status).toBe(200);
		const reply = (await response.json()) as { type: number; data: { content: string } };
		expect(reply.type).toBe(4);
		for (const number of HELP_NUMBERS) expect(reply.data.content).toContain(number);
	});

	it('answers a signed /figures for an area it does not hold, still with both help numbers', async () => {
		const response = await postSigned(figuresInteraction('Atlantis'));
		const reply = (await response.json()) as { type: number; data: { content: string } };
		expect(response.status).toBe(200);
		for (const number of HELP_NUMBERS) expect(reply.data.content).toContain(number);
	});

	it('answers a signed autocomplete with at most 25 choices', async () => {
		const response = await postSigned(areaAutocompleteInteraction('Derb'));
		expect(response.status).toBe(200);
		const reply = (await response.json()) as { type: number; data: { choices: { name: string }[] } };
		expect(reply.type).toBe(8);
		expect(reply.data.choices.length).toBeLessThanOrEqual(25);
	});

	it('refuses a tampered body with 401', async () => {
		const body = JSON.stringify(pingInteraction());
		const headers = signBody(keys, body);
		const response = await post(body.replace('"type":1', '"type":2'), headers);
		expect(response.status).toBe(401);
	});

	it('refuses a body signed with another key with 401', async () => {
		const response = await postSigned(pingInteraction(), otherKeys);
		expect(response.status).toBe(401);
	});

	it('refuses a request missing either signature header with 401', async () => {
		const body = JSON.stringify(pingInteraction());
		const headers = signBody(keys, body);
		expect((await post(body, { 'x-signature-timestamp': headers['x-signature-timestamp'] as string })).status).toBe(
			401,
		);
		expect((await post(body, { 'x-signature-ed25519': headers['x-signature-ed25519'] as string })).status).toBe(401);
		expect((await post(body, {})).status).toBe(401);
	});

	it('refuses a non-hex or wrong-length signature header with 401', async () => {
		const body = JSON.stringify(pingInteraction());
		const headers = signBody(keys, body);
		const signature = headers['x-signature-ed25519'] as string;
		const nonHex = `zz${signature.slice(2)}`;
		expect((await post(body, { ...headers, 'x-signature-ed25519': nonHex })).status).toBe(401);
		expect((await post(body, { ...headers, 'x-signature-ed25519': signature.slice(2) })).status).toBe(401);
	});

	it('refuses a correctly signed but stale timestamp (over five minutes old) with 401', async () => {
		const body = JSON.stringify(pingInteraction());
		const stale = String(Math.floor(Date.now() / 1_000) - 6 * 60);
		expect((await post(body, signBody(keys, body, stale))).status).toBe(401);
		const future = String(Math.floor(Date.now() / 1_000) + 6 * 60);
		expect((await post(body, signBody(keys, body, future))).status).toBe(401);
	});

	it('refuses a body over the size cap with 413, before verifying it', async () => {
		const body = JSON.stringify({ ...pingInteraction(), padding: 'x'.repeat(MAX_BODY_BYTES) });
		const response = await post(body, signBody(keys, body));
		expect(response.status).toBe(413);
	});

	it('answers GET /healthz', async () => {
		const response = await fetch(`${http.url}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok' });
	});

	it('answers 405 for GET /interactions and 404 elsewhere', async () => {
		expect((await fetch(`${http.url}/interactions`)).status).toBe(405);
		expect((await fetch(`${http.url}/elsewhere`)).status).toBe(404);
	});

	it('logs command names, outcomes and latency, never what was typed', async () => {
		await postSigned(figuresInteraction('Zzyzx-Unique-Typed-Text'));
		const logged = JSON.stringify(logLines);
		expect(logged).not.toContain('Zzyzx-Unique-Typed-Text');
		expect(logLines.some((line) => line.command === 'figures' && line.outcome === 'answered')).toBe(true);
		expect(logLines.every((line) => line.message !== 'http request' || typeof line.latencyMs === 'number')).toBe(true);
	});
});
