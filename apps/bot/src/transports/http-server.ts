import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { answerSignedRequest } from './answer-signed-request.js';
import type {
	BudgetOptions,
	HandlerFailure,
	MaybeAsyncInteractionHandler,
	PendingFollowUp,
} from './answer-within-budget.js';
import type { Logger } from './create-logger.js';
import { errorBody } from './error-body.js';
import { type ListenAddress, listenServer } from './listen-server.js';
import { errorName, logSafely } from './log-safely.js';
import { MAX_BODY_BYTES } from './max-body-bytes.js';
import { REQUEST_TIMEOUT_MS, requestDeadlines } from './request-deadlines.js';
import { sendFollowUp } from './send-follow-up.js';
import type { PublicKey } from './verify-signature.js';

/**
 * Open connections one process keeps; past this, new connections are closed at once (a flood costs the flood).
 *
 * @example
 * ```ts
 * createHttpServer({ publicKey, handler, maxConnections: MAX_CONNECTIONS });
 * ```
 */
export const MAX_CONNECTIONS = 1_024;

/** Options for {@link createHttpServer}. */
export interface HttpServerOptions {
	/** The application's public key, imported with `importPublicKey`. */
	readonly publicKey: PublicKey;
	/** The core, or anything answering through it; a slow (async) answer is deferred and sent as a follow-up. */
	readonly handler: MaybeAsyncInteractionHandler;
	readonly log?: Logger;
	readonly maxBodyBytes?: number;
	readonly now?: () => number;
	/** How long to wait for an answer before deferring (default `DEFER_AFTER_MS`, 2 seconds). */
	readonly deferAfterMs?: number;
	/** Where follow-ups are PATCHed (default `https://discord.com/api/v10`); tests point it at a local fake. */
	readonly apiBaseUrl?: string;
	/** The fetch used for follow-ups (default the global one). */
	readonly fetch?: typeof fetch;
	/** How long a client may take to send a whole request (default {@link REQUEST_TIMEOUT_MS}); then 408 and closed. */
	readonly requestTimeoutMs?: number;
	/** The cap on open connections (default {@link MAX_CONNECTIONS}). */
	readonly maxConnections?: number;
}

class BodyTooLargeError extends Error {}

function declaredLength(request: IncomingMessage): number | undefined {
	const header = request.headers['content-length'];
	if (header === undefined) return undefined;
	const declared = Number(header);
	return Number.isFinite(declared) ? declared : undefined;
}

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
		request.on('end', () => resolve(Buffer.concat(chunks)));
		request.on('error', reject);
		request.on('close', () => {
			if (!request.complete) reject(new Error('aborted'));
		});
	});
}

/** Sends one JSON reply, once: a second call (or a call on a closed connection) does nothing. */
function send(
	response: ServerResponse,
	status: number,
	body: string,
	extraHeaders: Record<string, string> = {},
	onSent?: () => void,
): boolean {
	if (response.headersSent || response.writableEnded || response.destroyed) return false;
	response.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(body),
		...extraHeaders,
	});
	response.end(body, onSent);
	return true;
}

function headerText(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

/** The reply for a request Node's parser refused or that timed out, written to the socket (there is no response). */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
	const pending = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
	if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
		socket.destroy();
		return;
	}
	const status =
		error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
			? 408
			: error.code === 'HPE_HEADER_OVERFLOW'
				? 431
				: error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
					? 413
					: 400;
	const body = errorBody(status === 408 ? 'request timeout' : 'bad request');
	socket.end(
		`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
	);
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;

/** What answering a request needs, made once per server by {@link createHttpServer}. */
interface ServerParts {
	readonly publicKey: PublicKey;
	readonly handler: MaybeAsyncInteractionHandler;
	readonly limit: number;
	readonly now: () => number;
	readonly log: ReturnType<typeof logSafely>;
	readonly budget: BudgetOptions;
	/** Sends a deferred answer's follow-up, and logs how it went. */
	readonly deliver: (followUp: PendingFollowUp, command: string | undefined, started: number) => void;
}

/** One request being answered: its response, when it started, and the log line it ends with. */
interface Exchange {
	readonly request: IncomingMessage;
	readonly response: ServerResponse;
	readonly started: number;
	readonly path: string | undefined;
	/** Logs the request's one line: route, status, outcome, command name (if one of ours) and latency. */
	readonly finish: (status: number, outcome: string, command?: string) => void;
}

/** Sends a follow-up over the deferred answer (after the deferral is out), logging the outcome, never the body. */
function followUpDeliverer(options: HttpServerOptions, log: ServerParts['log']): ServerParts['deliver'] {
	const followUpOptions = { apiBaseUrl: options.apiBaseUrl, fetch: options.fetch };
	return (followUp, command, started) => {
		const fields = command === undefined ? {} : { command };
		sendFollowUp(followUp, followUpOptions).then(
			() => log('info', 'http follow-up', { ...fields, outcome: 'followed-up', latencyMs: elapsed(started) }),
			(error: unknown) =>
				log('error', 'http follow-up failed', { ...fields, outcome: 'follow-up-failed', errorName: errorName(error) }),
		);
	};
}

/** `GET /healthz` (or HEAD): `{"status":"ok"}`, not logged. */
function answerHealthCheck({ request, response }: Exchange): void {
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		send(response, 405, errorBody('method not allowed'), { allow: 'GET' });
		return;
	}
	send(response, 200, JSON.stringify({ status: 'ok' }));
}

/** `POST /interactions`: 413 by Content-Length before reading, then the body read with a cap, verified and answered. */
function answerInteraction(exchange: Exchange, parts: ServerParts): void {
	const { request, response, finish } = exchange;
	if (request.method !== 'POST') {
		send(response, 405, errorBody('method not allowed'), { allow: 'POST' });
		finish(405, 'method-not-allowed');
		return;
	}
	const declared = declaredLength(request);
	if (declared !== undefined && declared > parts.limit) {
		// Refused before a byte of the body is read; the connection closes once the reply is out.
		send(response, 413, errorBody('body too large'), { connection: 'close' });
		finish(413, 'body-too-large');
		return;
	}
	readBody(request, parts.limit)
		.then((body) =>
			answerSignedRequest(
				parts.publicKey,
				{
					signature: headerText(request.headers['x-signature-ed25519']),
					timestamp: headerText(request.headers['x-signature-timestamp']),
					body,
				},
				parts.handler,
				parts.now,
				parts.budget,
			),
		)
		.then((result) => {
			const { followUp } = result;
			// Discord must have the deferral before the follow-up can edit it: send it once this response is out.
			const onSent = followUp ? () => parts.deliver(followUp, result.command, exchange.started) : undefined;
			send(response, result.status, result.body, {}, onSent);
			finish(result.status, result.outcome, result.command);
		})
		.catch((error: unknown) => {
			if (error instanceof BodyTooLargeError) {
				send(response, 413, errorBody('body too large'), { connection: 'close' });
				finish(413, 'body-too-large');
				return;
			}
			if (send(response, 500, errorBody('internal error'))) finish(500, 'internal-error');
			parts.log('error', 'http request failed', { route: exchange.path, errorName: errorName(error) });
		});
}

/** Routes one request: the health check, the interactions endpoint, or 404. */
function answerRequest(request: IncomingMessage, response: ServerResponse, parts: ServerParts): void {
	const started = performance.now();
	const path = (request.url ?? '/').split('?')[0];
	const finish = (status: number, outcome: string, command?: string) => {
		parts.log('info', 'http request', {
			route: path === '/interactions' || path === '/healthz' ? path : 'other',
			status,
			outcome,
			...(command === undefined ? {} : { command }),
			latencyMs: elapsed(started),
		});
	};
	const exchange: Exchange = { request, response, started, path, finish };
	if (path === '/healthz') answerHealthCheck(exchange);
	else if (path === '/interactions') answerInteraction(exchange, parts);
	else {
		send(response, 404, errorBody('not found'));
		finish(404, 'not-found');
	}
}

/**
 * Creates the HTTP interactions server (node:http, no framework): `POST /interactions` verifies Discord's Ed25519
 * signature before parsing and answers with the core's response; `GET /healthz` answers `{"status":"ok"}`.
 * An answer not ready within `deferAfterMs` is deferred (type 5) and, once this response has been sent, PATCHed
 * over the original message with fetch. Logs the route, status, outcome, latency and one of the bot's command names
 * (or `unknown`) only; never a body. Every error reply carries the help lines. A Content-Length over the limit is
 * answered 413 before the body is read; a body sent too slowly is cut after `requestTimeoutMs` (checked every
 * quarter of it, at most every second); past `maxConnections`, new connections are closed. Nothing a request or a
 * handler does can make the server throw after a reply has been sent.
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
		publicKey: options.publicKey,
		handler: options.handler,
		limit: options.maxBodyBytes ?? MAX_BODY_BYTES,
		now: options.now ?? Date.now,
		log,
		budget: {
			...(options.deferAfterMs === undefined ? {} : { budgetMs: options.deferAfterMs }),
			onError: (failure: HandlerFailure) => log('error', 'interaction failed', { ...failure }),
		},
		deliver: followUpDeliverer(options, log),
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
