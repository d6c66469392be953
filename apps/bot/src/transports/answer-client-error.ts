import { type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { errorBody } from './error-body.js';

/**
 * The server's `clientError` answer, for a request Node's parser refused or that timed out (a slow sender cut by
 * `requestDeadlines`): written to the socket, since there is no response object, with the help lines like every
 * other reply, then the connection closed: 408, 431, 413 or 400. A reset connection, or one whose reply has already
 * begun, is only closed.
 *
 * @example
 * ```ts
 * server.on('clientError', (error, socket) => answerClientError(error, socket));
 * ```
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
	const pending = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
	if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
		socket.destroy();
		return;
	}
	const status =
		{ ERR_HTTP_REQUEST_TIMEOUT: 408, HPE_HEADER_OVERFLOW: 431, HPE_CHUNK_EXTENSIONS_OVERFLOW: 413 }[error.code ?? ''] ??
		400;
	const body = errorBody(status === 408 ? 'request timeout' : 'bad request');
	socket.end(
		`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
	);
}
