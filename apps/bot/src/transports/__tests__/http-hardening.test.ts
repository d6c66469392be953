import { fileURLToPath } from 'node:url';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { figuresInteraction } from '../../__tests__/support/interactions.js';
import { runTsx } from '../../__tests__/support/run-tsx.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { createLogger } from '../create-logger.js';
import { createWorker } from '../worker.js';
import { httpServerForFile, startHttpServer } from './support/http-server-for-file.js';
import { openRaw } from './support/raw-http.js';
import { makeKeys, signBody } from './support/signing.js';

const keys = makeKeys();
const REQUEST_TIMEOUT_MS = 1_500;
const logLines: string[] = [];
const http = httpServerForFile(keys.publicKeyHex, {
	handler: createInteractionHandler({ rateLimit: false }),
	log: createLogger({ write: (line) => logLines.push(line) }),
	requestTimeoutMs: REQUEST_TIMEOUT_MS,
	maxConnections: 40,
});

function expectHelp(text: string) {
	for (const number of HELP_NUMBERS) expect(text).toContain(number);
}

async function postSigned(target: string, body: string) {
	const response = await fetch(`${target}/interactions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...signBody(keys, body) },
		body,
	});
	return { status: response.status, text: await response.text() };
}

/** Opens a raw connection to the file's server and sends a POST head declaring `contentLength` bytes, then `body`. */
function postRaw(contentLength: number, body = '') {
	return openRaw(
		http.url,
		`POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${contentLength}\r\n\r\n${body}`,
	);
}

describe('the HTTP server, hardened', () => {
	it('a signed command whose name is 10,000 levels deep: answered, logged as "unknown", the process still serving', async () => {
		const command = figuresInteraction('Derbyshire') as unknown as Record<string, unknown>;
		const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
		const body = JSON.stringify({ ...command, data: 'D' }).replace('"D"', `{"name":${deep},"type":1}`);
		const first = await postSigned(http.url, body);
		expect(first.status).toBe(200);
		expectHelp(first.text);
		const second = await postSigned(http.url, JSON.stringify(figuresInteraction('Derbyshire', '2016/17')));
		expect(second.status).toBe(200);
		const requests = logLines.map((line) => JSON.parse(line)).filter((entry) => entry.message === 'http request');
		expect(requests.map((entry) => entry.command)).toContain('unknown');
		expect(logLines.join('\n')).not.toContain('[[[[');
	});

	it('a logger that throws on every line costs nothing: every request is still answered', async () => {
		const throwing = () => {
			throw new RangeError('logger broke');
		};
		const listening = await startHttpServer(keys.publicKeyHex, {
			handler: createInteractionHandler({ rateLimit: false }),
			log: { debug: throwing, info: throwing, warn: throwing, error: throwing },
		});
		try {
			for (const body of [JSON.stringify(figuresInteraction('Kent')), '{"type":2}', 'not json']) {
				const { status, text } = await postSigned(listening.url, body);
				expect([200, 400]).toContain(status);
				expectHelp(text);
			}
			expect((await fetch(`${listening.url}/nowhere`)).status).toBe(404);
		} finally {
			await listening.close();
		}
	});

	it.each([
		['data missing', { type: 2, id: '1', token: 't' }],
		['data null', { type: 2, id: '1', token: 't', data: null }],
		['no type', { data: { name: 'figures' } }],
	])('a signed payload with %s: 400 with the help lines', async (_name, payload) => {
		const { status, text } = await postSigned(http.url, JSON.stringify(payload));
		expect(status).toBe(400);
		expectHelp(text);
	});

	it('every error reply carries the help lines: 401, 404, 405', async () => {
		const unsigned = await fetch(`${http.url}/interactions`, { method: 'POST', body: '{}' });
		expect(unsigned.status).toBe(401);
		expectHelp(await unsigned.text());
		const missing = await fetch(`${http.url}/elsewhere`);
		expect(missing.status).toBe(404);
		expectHelp(await missing.text());
		const wrongMethod = await fetch(`${http.url}/interactions`);
		expect(wrongMethod.status).toBe(405);
		expectHelp(await wrongMethod.text());
	});

	it('a Content-Length over the limit is answered 413 before any of the body is sent', async () => {
		const raw = await postRaw(50_000_000);
		await raw.closed;
		expect(raw.received()).toMatch(/^HTTP\/1\.1 413 /);
		expectHelp(raw.received());
	});

	it('a chunked body that grows past the limit is answered 413', async () => {
		const response = await fetch(`${http.url}/interactions`, {
			method: 'POST',
			headers: signBody(keys, 'x'),
			body: new ReadableStream({
				start(controller) {
					for (let chunk = 0; chunk < 20; chunk += 1) controller.enqueue(new Uint8Array(8_192).fill(32));
					controller.close();
				},
			}),
			duplex: 'half',
		} as RequestInit);
		expect(response.status).toBe(413);
		expectHelp(await response.text());
	});

	it('a body sent too slowly is cut within the request timeout (plus a second), while a normal request is answered', async () => {
		const raw = await postRaw(1_000, '{');
		const drip = setInterval(() => raw.socket.write(' '), 100);
		try {
			const normal = await postSigned(http.url, JSON.stringify(figuresInteraction('Derbyshire', '2016/17')));
			expect(normal.status).toBe(200);
			const elapsed = await raw.closed;
			expect(elapsed).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
			expect(elapsed).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS + 1_000);
			expect(raw.received()).toMatch(/^HTTP\/1\.1 408 /);
			expectHelp(raw.received());
		} finally {
			clearInterval(drip);
		}
	});

	it('connections past the cap are closed at once, and the server serves again when they go', async () => {
		const listening = await startHttpServer(keys.publicKeyHex, {
			handler: createInteractionHandler({ rateLimit: false }),
			maxConnections: 2,
		});
		try {
			const held = await Promise.all([0, 1].map(() => openRaw(listening.url, '')));
			await new Promise((resolve) => setTimeout(resolve, 50));
			const extra = await openRaw(listening.url, 'GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n');
			await extra.closed;
			expect(extra.received()).toBe('');
			for (const connection of held) connection.socket.destroy();
			await Promise.all(held.map((connection) => connection.closed));
			await new Promise((resolve) => setTimeout(resolve, 50));
			const again = await openRaw(listening.url, 'GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n');
			await again.closed;
			expect(again.received()).toMatch(/^HTTP\/1\.1 200 /);
		} finally {
			listening.server.closeAllConnections();
			await listening.close();
		}
	});
});

describe('keepProcessUp', () => {
	it('an exception nobody caught is logged by name only and the process carries on', async () => {
		const script = fileURLToPath(new URL('./support/throw-later.ts', import.meta.url));
		const { code, stdout, stderr } = await runTsx(script);
		expect(code).toBe(0);
		expect(stdout).toContain('still up');
		expect(stderr).toContain('"errorName":"TypeError"');
		expect(stderr).toContain('unhandled rejection');
		expect(stderr).not.toContain('what the user typed');
	}, 30_000);
});

describe('the Worker, hardened', () => {
	const worker = createWorker(createInteractionHandler({ rateLimit: false }), Date.now, { onError: () => {} });

	it('names the secret that is missing or malformed (never its value), with the help lines', async () => {
		const request = () => new Request('https://signpost.example/interactions', { method: 'POST', body: '{}' });
		const missing = await worker.fetch(request(), {});
		expect(missing.status).toBe(500);
		const missingText = await missing.text();
		expect(missingText).toContain('DISCORD_PUBLIC_KEY is not set');
		expectHelp(missingText);
		const malformed = await worker.fetch(request(), { DISCORD_PUBLIC_KEY: 'not-a-key-but-a-secret-value' });
		const malformedText = await malformed.text();
		expect(malformedText).toContain('DISCORD_PUBLIC_KEY is not 64 hexadecimal characters');
		expect(malformedText).not.toContain('not-a-key-but-a-secret-value');
	});

	it('a body without Content-Length is read as a stream and refused once it passes the cap, without reading the rest', async () => {
		let pulled = 0;
		const endless = new ReadableStream<Uint8Array>({
			pull(controller) {
				pulled += 1;
				controller.enqueue(new Uint8Array(16_384).fill(32));
			},
		});
		const response = await worker.fetch(
			new Request('https://signpost.example/interactions', {
				method: 'POST',
				headers: signBody(keys, ''),
				body: endless,
				duplex: 'half',
			} as RequestInit),
			{ DISCORD_PUBLIC_KEY: keys.publicKeyHex },
		);
		expect(response.status).toBe(413);
		expectHelp(await response.text());
		expect(pulled).toBeLessThan(10);
	});

	it('a signed payload with data null: 400 with the help lines, not a thrown fetch', async () => {
		const body = JSON.stringify({ type: 2, id: '1', token: 't', data: null });
		const response = await worker.fetch(
			new Request('https://signpost.example/interactions', { method: 'POST', headers: signBody(keys, body), body }),
			{ DISCORD_PUBLIC_KEY: keys.publicKeyHex },
		);
		expect(response.status).toBe(400);
		expectHelp(await response.text());
	});
});
