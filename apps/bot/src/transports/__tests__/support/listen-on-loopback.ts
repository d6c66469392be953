import type { Server } from 'node:http';

/**
 * Starts a test server on a free port of 127.0.0.1 and gives its base URL and a `close` that waits for it to stop.
 *
 * @example
 * ```ts
 * const { url, close } = await listenOnLoopback(createHttpServer(options));
 * await fetch(`${url}/healthz`);
 * await close();
 * ```
 */
export async function listenOnLoopback(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
