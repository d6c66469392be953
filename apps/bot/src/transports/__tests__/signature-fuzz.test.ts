import type { Server } from 'node:http';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { answerSignedRequest } from '../answer-signed-request.js';
import type { MaybeAsyncInteractionHandler } from '../answer-within-budget.js';
import { createHttpServer } from '../http-server.js';
import { importPublicKey, type PublicKey } from '../verify-signature.js';
import { createWorker } from '../worker.js';
import { FUZZ_SEED, mutatedRequest, type RawRequest } from './support/fuzz.js';
import { listenOnLoopback } from './support/listen-on-loopback.js';
import { makeKeys } from './support/signing.js';

// Signature fuzzing: thousands of requests that differ from a signed one in a way the signature covers. None may
// reach the handler; every one is a 401 whose body carries the help lines. Bounded: a fixed seed and run count.
const keys = makeKeys();
const core = createInteractionHandler({ rateLimit: false });
let reached = 0;
const counting: MaybeAsyncInteractionHandler = (interaction) => {
	reached += 1;
	return core(interaction);
};
const encoder = new TextEncoder();
let publicKey: PublicKey;
let server: Server;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
	publicKey = await importPublicKey(keys.publicKeyHex);
	server = createHttpServer({ publicKey, handler: counting });
	({ url, close } = await listenOnLoopback(server));
});

afterAll(async () => {
	await close();
});

function expectRefusal(status: number, text: string) {
	expect(status).toBe(401);
	for (const number of HELP_NUMBERS) expect(text).toContain(number);
}

describe('signature fuzzing: no mutated request is accepted', () => {
	it('10,000 mutated requests through the Node server’s request path (in process): all 401, none handled', async () => {
		reached = 0;
		await fc.assert(
			fc.asyncProperty(mutatedRequest(keys), async (request: RawRequest) => {
				const result = await answerSignedRequest(
					publicKey,
					{
						signature: request.headers['x-signature-ed25519'],
						timestamp: request.headers['x-signature-timestamp'],
						body: encoder.encode(request.body),
					},
					counting,
				);
				expectRefusal(result.status, result.body);
			}),
			{ numRuns: 10_000, seed: FUZZ_SEED },
		);
		expect(reached).toBe(0);
	}, 120_000);

	it('1,000 mutated requests over real HTTP to the Node server: all 401 with the help lines, none handled', async () => {
		reached = 0;
		await fc.assert(
			fc.asyncProperty(mutatedRequest(keys), async (request: RawRequest) => {
				const response = await fetch(`${url}/interactions`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', ...request.headers },
					body: request.body,
					signal: AbortSignal.timeout(10_000),
				});
				expectRefusal(response.status, await response.text());
			}),
			{ numRuns: 1_000, seed: FUZZ_SEED + 1 },
		);
		expect(reached).toBe(0);
	}, 120_000);

	it('2,000 mutated requests to the Worker’s fetch handler: all 401 with the help lines, none handled', async () => {
		reached = 0;
		const worker = createWorker(counting);
		const env = { DISCORD_PUBLIC_KEY: keys.publicKeyHex };
		await fc.assert(
			fc.asyncProperty(mutatedRequest(keys), async (request: RawRequest) => {
				const response = await worker.fetch(
					new Request('https://signpost.example/interactions', {
						method: 'POST',
						headers: request.headers,
						body: request.body,
					}),
					env,
				);
				expectRefusal(response.status, await response.text());
			}),
			{ numRuns: 2_000, seed: FUZZ_SEED + 2 },
		);
		expect(reached).toBe(0);
	}, 120_000);
});
