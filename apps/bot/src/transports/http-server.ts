import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { answerClientError } from './answer-client-error.js';
import type { Logger } from './create-logger.js';
import { errorBody } from './error-body.js';
import { createInteractionEndpoint, type EndpointOptions, type InteractionEndpoint } from './interaction-endpoint.js';
import { type ListenAddress, listenServer } from './listen-server.js';
import { errorName, logSafely } from './log-safely.js';
import { MAX_BODY_BYTES } from './max-body-bytes.js';
import { REQUEST_TIMEOUT_MS, requestDeadlines } from './request-deadlines.js';

/**
 * Open connections one process keeps; past this, new connections are closed at once (a flood costs the flood).
 *
 * @example
 * ```ts
 * createHttpServer({ publicKey, handler, maxConnections: MAX_CONNECTIONS });
 * ```
 */
export const MAX_CONNECTIONS = 1_024;

/** Options for {@link createHttpServer}: the endpoint's, plus what only a node:http server has. */
export interface HttpServerOptions extends Omit<EndpointOptions, 'log' | 'logPrefix' | 'publicKey'> {
	/** The application's public key, imported with `importPublicKey`. */
	readonly publicKey: NonNullable<EndpointOptions['publicKey']>;
	readonly log?: Logger;
	readonly maxBodyBytes?: number;
	/** How long a client may take to send a whole request (default {@link REQUEST_TIMEOUT_MS}); then 408 and closed. */
	readonly requestTimeoutMs?: number;
	/** The cap on open connections (default {@link MAX_CONNECTIONS}). */
	readonly maxConnections?: number;
}

class BodyTooLargeError extends Error {}

/** Reads the body, refusing it (and no longer keeping anything) as soon as it passes `limit`. */
function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				reject(new BodyTooLargeError());
				request.removeAllListeners('data');
				// Discard the rest (bounded by the request timeout), so the client sees the 413 rather than a reset.
				request.resume();
				return;
			}
			chunks.push(chunk);
		});
		// One chunk (the usual case) is the body as it is: no copy.
		request.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)));
		request.on('error', reject);
		request.on('close', () => {
			if (!request.complete) reject(new Error('aborted'));
		});
	});
}

/** Sends one reply, once: a second call (or a call on a closed connection) does nothing; `onSent` once it is out. */
function send(
	response: ServerResponse,
	status: number,
	body: string | Uint8Array,
	headers: Record<string, string> = {},
	onSent?: () => void,
): boolean {
	if (response.headersSent || response.writableEnded || response.destroyed) return false;
	const length = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
	response.writeHead(status, { 'content-type': 'application/json', 'content-length': length, ...headers });
	response.end(body, onSent);
	return true;
}

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;
const ROUTES = new Set(['/interactions', '/healthz']);
const HEALTHY = JSON.stringify({ status: 'ok' });

/** What answering a request needs, made once per server. */
interface ServerParts {
	readonly endpoint: InteractionEndpoint;
	readonly limit: number;
	readonly log: ReturnType<typeof logSafely>;
}

/** `POST /interactions`: 413 by Content-Length before reading, then the body read with a cap and given to the endpoint. */
function answerInteraction(request: IncomingMessage, response: ServerResponse, parts: ServerParts, finish: Finish) {
	if (request.method !== 'POST')
		return finish(send(response, 405, errorBody('method not allowed'), { allow: 'POST' }), 405, 'method-not-allowed');
	if (Number(request.headers['content-length']) > parts.limit) {
		// Refused before a byte of the body is read; the connection closes once the reply is out.
		return finish(send(response, 413, errorBody('body too large'), { connection: 'close' }), 413, 'body-too-large');
	}
	readBody(request, parts.limit)
		.then((body) => {
			const signature = headerText(request.headers['x-signature-ed25519']);
			const timestamp = headerText(request.headers['x-signature-timestamp']);
			return parts.endpoint.answerSigned({ signature, timestamp, body }, (reply) => {
				// Resolves once the reply is out: Discord must have a deferral before a follow-up can edit it.
				const sent = new Promise<void>((resolve) => {
					const headers = { 'content-type': reply.contentType };
					if (!send(response, reply.status, reply.body, headers, resolve)) resolve();
				});
				finish(true, reply.status, reply.outcome, reply.command);
				return sent;
			});
		})
		.catch((error: unknown) => {
			if (error instanceof BodyTooLargeError) {
				return finish(send(response, 413, errorBody('body too large'), { connection: 'close' }), 413, 'body-too-large');
			}
			finish(send(response, 500, errorBody('internal error')), 500, 'internal-error');
			parts.log('error', 'http request failed', { route: '/interactions', errorName: errorName(error) });
		});
}

/** Logs a request's one line, if its reply was sent: route, status, outcome, command name (if ours) and latency. */
type Finish = (sent: boolean, status: number, outcome: string, command?: string) => void;

/** Routes one request: the health check (not logged), the interactions endpoint, or 404. */
function answerRequest(request: IncomingMessage, response: ServerResponse, parts: ServerParts): void {
	const started = performance.now();
	const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
	const finish: Finish = (sent, status, outcome, command) => {
		if (!sent) return;
		const route = ROUTES.has(path) ? path : 'other';
		const named = command === undefined ? {} : { command };
		parts.log('info', 'http request', { route, status, outcome, ...named, latencyMs: elapsed(started) });
	};
	if (path === '/interactions') answerInteraction(request, response, parts, finish);
	else if (path !== '/healthz') finish(send(response, 404, errorBody('not found')), 404, 'not-found');
	else if (request.method === 'GET' || request.method === 'HEAD') send(response, 200, HEALTHY);
	else send(response, 405, errorBody('method not allowed'), { allow: 'GET' });
}

/**
 * Creates the HTTP interactions server (node:http, no framework), an adapter over the shared interaction endpoint:
 * `POST /interactions` reads the body (413 over the limit, by Content-Length before reading or as it arrives) and
 * hands the bytes to the endpoint, which verifies, answers or defers, and follows up once this reply is out;
 * `GET /healthz` answers `{"status":"ok"}`. Logs the route, status, outcome, latency and one of the bot's command
 * names (or `unknown`) only; never a body. Every error reply carries the help lines. A request sent too slowly is
 * cut with a 408 by {@link requestDeadlines}; past `maxConnections`, new connections are closed.
 *
 * @example
 * ```ts
 * const server = createHttpServer({ publicKey: await importPublicKey(env.publicKey), handler: handleInteraction });
 * server.listen(8787, '127.0.0.1');
 * ```
 */
export function createHttpServer(options: HttpServerOptions): Server {
	const log = logSafely(options.log);
	const parts: ServerParts = {
		endpoint: createInteractionEndpoint({
			...options,
			log: (level, message, fields) => log(level, message, fields),
			logPrefix: 'http',
		}),
		limit: options.maxBodyBytes ?? MAX_BODY_BYTES,
		log,
	};
	const server = createServer(requestDeadlines(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS), (request, response) => {
		try {
			answerRequest(request, response, parts);
		} catch (error: unknown) {
			if (send(response, 500, errorBody('internal error')))
				log('error', 'http request failed', { errorName: errorName(error) });
		}
	});
	server.maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
	server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
		try {
			answerClientError(error, socket);
		} catch {
			socket.destroy();
		}
	});
	return server;
}

/**
 * Starts {@link createHttpServer} and resolves once it listens, with the bound address (port 0 picks a free port).
 *
 * @example
 * ```ts
 * const { server, url } = await startHttpServer({ publicKey, handler }, { port: 0, host: '127.0.0.1' });
 * ```
 */
export async function startHttpServer(
	options: HttpServerOptions,
	listen: ListenAddress,
): Promise<{ readonly server: Server; readonly url: string }> {
	const server = createHttpServer(options);
	return { server, url: await listenServer(server, listen) };
}
