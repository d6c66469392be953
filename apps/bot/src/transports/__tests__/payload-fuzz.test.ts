import type { Server } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { answerSignedRequest } from '../answer-signed-request.js';
import { createLogger } from '../create-logger.js';
import { createHttpServer } from '../http-server.js';
import { importPublicKey, type PublicKey } from '../verify-signature.js';
import { createWorker } from '../worker.js';
import { expectHelpfulOrRefused, FUZZ_SEED, hostileBody, nastyBodies, signed } from './support/fuzz.js';
import { listenOnLoopback } from './support/listen-on-loopback.js';
import { makeKeys } from './support/signing.js';

// Payload fuzzing with valid signatures: whatever a signed body holds, no crash, no hang, and either a 4xx with the
// help lines or a valid interaction response (messages with the help lines). The log never quotes the payload.
const keys = makeKeys();
const logLines: string[] = [];
const log = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
const core = createInteractionHandler({ rateLimit: false, log: (entry) => log.info('interaction', { ...entry }) });
const encoder = new TextEncoder();
let publicKey: PublicKey;
let server: Server;
let url: string;
let close: () => Promise<void>;

/** Fails instead of hanging: every answer must come within a few seconds. */
function withinSeconds<T>(promise: Promise<T>, seconds = 5): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const hang = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer within ${seconds} s`)), seconds * 1_000);
	});
	return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

async function viaHttp(body: string): Promise<{ status: number; text: string }> {
	const request = signed(keys, body);
	const response = await fetch(`${url}/interactions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...request.headers },
		body: request.body,
		signal: AbortSignal.timeout(10_000),
	});
	return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
	publicKey = await importPublicKey(keys.publicKeyHex);
	// A 1 MiB limit, so the 100k-character bodies reach the parser and the core instead of stopping at the 413.
	server = createHttpServer({ publicKey, handler: core, log, maxBodyBytes: 1_024 * 1_024 });
	({ url, close } = await listenOnLoopback(server));
});

afterAll(async () => {
	await close();
	const leaked = logLines.filter((line) => /xxxxxxxxxx|@everyone|@here|<@|\[\[\[\[|\{"a":\{"a"|🦊/.test(line));
	expect(leaked).toEqual([]);
});

describe('payload fuzzing with valid signatures', () => {
	it.each(nastyBodies())('$name: over HTTP, a 4xx or a reply with the help lines', async ({ body }) => {
		const { status, text } = await withinSeconds(viaHttp(body));
		expectHelpfulOrRefused(status, text);
		// The server is still up and answering.
		expect((await fetch(`${url}/healthz`)).status).toBe(200);
	});

	it.each(nastyBodies())('$name: to the Worker, a 4xx or a reply with the help lines', async ({ body }) => {
		const worker = createWorker(core, Date.now, { onError: () => {} });
		const request = signed(keys, body);
		const response = await withinSeconds(
			worker.fetch(
				new Request('https://signpost.example/interactions', { method: 'POST', headers: request.headers, body }),
				{ DISCORD_PUBLIC_KEY: keys.publicKeyHex },
			),
		);
		expectHelpfulOrRefused(response.status, await response.text());
	});

	it('3,000 generated bodies through the request path (in process): a 4xx or a reply with the help lines', async () => {
		await fc.assert(
			fc.asyncProperty(hostileBody, async (body) => {
				const request = signed(keys, body);
				const result = await withinSeconds(
					answerSignedRequest(
						publicKey,
						{
							signature: request.headers['x-signature-ed25519'],
							timestamp: request.headers['x-signature-timestamp'],
							body: encoder.encode(body),
						},
						core,
					),
				);
				expectHelpfulOrRefused(result.status, result.body);
			}),
			{ numRuns: 3_000, seed: FUZZ_SEED + 3 },
		);
	}, 120_000);

	it('300 generated bodies over real HTTP: a 4xx or a reply with the help lines, and the server stays up', async () => {
		await fc.assert(
			fc.asyncProperty(hostileBody, async (body) => {
				const { status, text } = await withinSeconds(viaHttp(body));
				expectHelpfulOrRefused(status, text);
			}),
			{ numRuns: 300, seed: FUZZ_SEED + 4 },
		);
		expect((await fetch(`${url}/healthz`)).status).toBe(200);
	}, 120_000);
});
