import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresInteraction } from '../../__tests__/support/interactions.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { httpServerForFile } from './support/http-server-for-file.js';
import { makeKeys, signBody } from './support/signing.js';

const keys = makeKeys();
const http = httpServerForFile(keys.publicKeyHex, { handler: createInteractionHandler({ rateLimit: false }) });

async function postSigned(body: string) {
	const response = await fetch(`${http.url}/interactions`, { method: 'POST', headers: signBody(keys, body), body });
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
