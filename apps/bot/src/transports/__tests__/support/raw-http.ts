import { connect, type Socket } from 'node:net';

/** A raw TCP connection to a loopback test server, for what `fetch` cannot do (send headers and hold the body). */
export interface RawConnection {
	readonly socket: Socket;
	/** Everything received so far, as text. */
	received(): string;
	/** Resolves when the server closes the connection, with the milliseconds since it was opened. */
	readonly closed: Promise<number>;
}

/**
 * Opens a connection to `url`'s host and port and writes `head` (request line and headers, ending with a blank line).
 *
 * @example
 * ```ts
 * const raw = await openRaw(url, 'POST /interactions HTTP/1.1\r\nhost: x\r\ncontent-length: 99999999\r\n\r\n');
 * await raw.closed;
 * raw.received(); // 'HTTP/1.1 413 Payload Too Large...'
 * ```
 */
export async function openRaw(url: string, head: string): Promise<RawConnection> {
	const { hostname, port } = new URL(url);
	const socket = connect(Number(port), hostname);
	const opened = performance.now();
	let text = '';
	socket.setEncoding('utf8');
	socket.on('data', (chunk: string) => {
		text += chunk;
	});
	socket.on('error', () => {});
	const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(performance.now() - opened)));
	await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
	socket.write(head);
	return { socket, received: () => text, closed };
}
