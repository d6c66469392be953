import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { latestCutMs, REQUEST_TIMEOUT_MS, requestDeadlines } from '../request-deadlines.js';
import { httpServerForFile } from './support/http-server-for-file.js';
import { openRaw } from './support/raw-http.js';
import { makeKeys } from './support/signing.js';

// A sender that drips one byte a second, as a slow-loris client does, against a server configured to cut at 2 s.
const TIMEOUT_MS = 2_000;
const keys = makeKeys();
const http = httpServerForFile(keys.publicKeyHex, {
	handler: createInteractionHandler({ rateLimit: false }),
	requestTimeoutMs: TIMEOUT_MS,
});

describe('a sender that sends one byte a second', () => {
	it('the default deadlines cut it within 12 s: the timeout plus one check of Node’s connections', () => {
		const defaults = requestDeadlines();
		expect(defaults.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
		expect(defaults.headersTimeout).toBe(REQUEST_TIMEOUT_MS);
		expect(defaults.connectionsCheckingInterval).toBeLessThan(30_000);
		expect(latestCutMs(defaults)).toBeLessThanOrEqual(12_000);
	});

	it.each([
		['the body', 'POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 100\r\n\r\n', '{"type": 1}'],
		['the headers', 'POST /interactions HTTP/1.1\r\n', 'x-slow: aaaaaaaaaa\r\n'],
		[
			'a chunked body',
			'POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ntransfer-encoding: chunked\r\n\r\n',
			'1\r\na\r\n',
		],
	])(
		'dripping %s: the socket closes by the configured deadline plus one check, with a 408 carrying the help lines',
		async (_what, head, drip) => {
			const raw = await openRaw(http.url, head);
			let sent = 0;
			const ticker = setInterval(() => {
				if (!raw.socket.destroyed) raw.socket.write(drip.charAt(sent % drip.length));
				sent += 1;
			}, 1_000);
			try {
				const elapsed = await raw.closed;
				// Closed, and not before the deadline; the upper bound is the configured cut plus a generous second.
				expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
				expect(elapsed).toBeLessThanOrEqual(latestCutMs(requestDeadlines(TIMEOUT_MS)) + 1_000);
				expect(sent).toBeGreaterThanOrEqual(1);
				expect(raw.received()).toMatch(/^HTTP\/1\.1 408 /);
				for (const number of HELP_NUMBERS) expect(raw.received()).toContain(number);
			} finally {
				clearInterval(ticker);
			}
		},
	);
});
