import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a server listens: a port (0 picks a free one) on a host address. */
export interface ListenAddress {
	readonly port: number;
	readonly host: string;
}

/**
 * Makes `server` listen on `listen`; resolves once it does with its base URL (`http://host:port`, an IPv6 host in
 * brackets), or rejects with the listen error (a port in use, a host that is not this machine's).
 *
 * @example
 * ```ts
 * const url = await listenServer(createServer(handler), { port: 0, host: '127.0.0.1' }); // http://127.0.0.1:40321
 * ```
 */
export async function listenServer(server: Server, listen: ListenAddress): Promise<string> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(listen.port, listen.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address() as AddressInfo;
	const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	return `http://${host}:${address.port}`;
}
