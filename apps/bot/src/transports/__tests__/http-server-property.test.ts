import type { Server } from 'node:http';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresInteraction } from '../../__tests__/support/interactions.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { createHttpServer } from '../http-server.js';
import { importPublicKey } from '../verify-signature.js';
import { listenOnLoopback } from './support/listen-on-loopback.js';
import { makeKeys, signBody } from './support/signing.js';

const keys = makeKeys();
let server: Server;
let closeServer: () => Promise<void>;
let url: string;

beforeAll(async () => {
	server = createHttpServer({
		publicKey: await importPublicKey(keys.publicKeyHex),
		handler: createInteractionHandler({ rateLimit: false }),
	});
	const listening = await listenOnLoopback(server);
	closeServer = listening.close;
	url = `${listening.url}/interactions`;
});

afterAll(async () => {
	await closeServer();
});

async function postSigned(body: string) {
	const response = await fetch(url, { method: 'POST', headers: signBody(keys, body), body });
	return { status: response.status, text: await response.text() };
}

/** A reply Discord would show carries both numbers in its content; PONG and autocomplete choices carry none. */
function checkReply(text: string): void {
	const reply = JSON.parse(text) as { type: number; data?: { content?: string; choices?: unknown[] } };
	if (reply.type === 4) for (const number of HELP_NUMBERS) expect(reply.data?.content).toContain(number);
	if (reply.type === 8) expect(reply.data?.choices?.length ?? 0).toBeLessThanOrEqual(25);
}

describe('HTTP server under random signed payloads', () => {
	it('answers any signed body with 200 or 400, never a server error, and replies carry both help numbers', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((value) => JSON.stringify(value)),
				),
				async (body) => {
					const { status, text } = await postSigned(body);
					expect([200, 400]).toContain(status);
					if (status === 200) checkReply(text);
				},
			),
			{ numRuns: 150 },
		);
	});

	it('answers /figures with random option values with a reply carrying both help numbers', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 200 }), fc.option(fc.string({ maxLength: 20 })), async (area, year) => {
				const { status, text } = await postSigned(JSON.stringify(figuresInteraction(area, year ?? undefined)));
				expect(status).toBe(200);
				checkReply(text);
			}),
			{ numRuns: 100 },
		);
	});
});
