import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { createHttpServer, type HttpServerOptions } from '../../http-server.js';
import { importPublicKey } from '../../verify-signature.js';
import { listenOnLoopback } from './listen-on-loopback.js';

/** The Node server's options, with the application's public key as Discord shows it (64 hex characters). */
export type TestServerOptions = Omit<HttpServerOptions, 'publicKey'>;

/** A Node interactions server listening on loopback. */
export interface LoopbackServer {
	readonly server: Server;
	/** The base URL, `http://127.0.0.1:<port>`: requests go to `${url}/interactions`. */
	readonly url: string;
	/** Stops the server and waits until it has. */
	readonly close: () => Promise<void>;
}

/**
 * Starts the Node interactions server over `options` on a free loopback port, checking signatures with the public key
 * given in hex.
 *
 * @example
 * ```ts
 * const { url, close } = await startHttpServer(keys.publicKeyHex, { handler: createInteractionHandler() });
 * ```
 */
export async function startHttpServer(publicKeyHex: string, options: TestServerOptions): Promise<LoopbackServer> {
	const server = createHttpServer({ ...options, publicKey: await importPublicKey(publicKeyHex) });
	return { server, ...(await listenOnLoopback(server)) };
}

/**
 * The Node interactions server for the whole test file: started before its first test, its open connections cut and
 * the server stopped after its last. `server` and `url` can be read once the file's tests run.
 *
 * @example
 * ```ts
 * const http = httpServerForFile(keys.publicKeyHex, { handler: createInteractionHandler({ rateLimit: false }) });
 * it('answers', async () => expect((await postSignedJson(http.url, keys, ping)).status).toBe(200));
 * ```
 */
export function httpServerForFile(
	publicKeyHex: string,
	options: TestServerOptions,
): Pick<LoopbackServer, 'server' | 'url'> {
	let started: LoopbackServer | undefined;
	beforeAll(async () => {
		started = await startHttpServer(publicKeyHex, options);
	});
	afterAll(async () => {
		started?.server.closeAllConnections();
		await started?.close();
	});
	const running = (): LoopbackServer => {
		if (!started) throw new Error('the test server starts before the file’s first test');
		return started;
	};
	return {
		get server() {
			return running().server;
		},
		get url() {
			return running().url;
		},
	};
}
