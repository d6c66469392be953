import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerSignedRequest } from './answer-signed-request.js';
import type { HandlerFailure, MaybeAsyncInteractionHandler, PendingFollowUp } from './answer-within-budget.js';
import type { Logger } from './create-logger.js';
import { MAX_BODY_BYTES } from './max-body-bytes.js';
import { sendFollowUp } from './send-follow-up.js';
import type { PublicKey } from './verify-signature.js';

const REQUEST_TIMEOUT_MS = 10_000;

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
}

class BodyTooLargeError extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const declared = Number(request.headers['content-length']);
		if (Number.isFinite(declared) && declared > limit) {
			// Drain without keeping anything, so the client sees the 413 rather than a reset.
			request.resume();
			reject(new BodyTooLargeError());
			return;
		}
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				reject(new BodyTooLargeError());
				request.removeAllListeners('data');
				request.resume();
				return;
			}
			chunks.push(chunk);
		});
		request.on('end', () => resolve(Buffer.concat(chunks)));
		request.on('error', reject);
	});
}

function send(
	response: ServerResponse,
	status: number,
	body: string,
	extraHeaders: Record<string, string> = {},
	onSent?: () => void,
) {
	response.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(body),
		...extraHeaders,
	});
	response.end(body, onSent);
}

function headerText(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

/**
 * Creates the HTTP interactions server (node:http, no framework): `POST /interactions` verifies Discord's Ed25519
 * signature before parsing and answers with the core's response; `GET /healthz` answers `{"status":"ok"}`.
 * An answer not ready within `deferAfterMs` is deferred (type 5) and, once this response has been sent, PATCHed
 * over the original message with fetch. Logs the command name, outcome, status and latency only; never a body.
 *
 * @example
 * ```ts
 * const server = createHttpServer({ publicKey: await importPublicKey(env.publicKey), handler: handleInteraction });
 * server.listen(8787, '127.0.0.1');
 * ```
 */
export function createHttpServer(options: HttpServerOptions): Server {
	const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
	const now = options.now ?? Date.now;
	const budget = {
		...(options.deferAfterMs === undefined ? {} : { budgetMs: options.deferAfterMs }),
		onError: (failure: HandlerFailure) => options.log?.error('interaction failed', { ...failure }),
	};
	const followUpOptions = { apiBaseUrl: options.apiBaseUrl, fetch: options.fetch };
	const deliver = (followUp: PendingFollowUp, command: string | undefined, started: number) => {
		const fields = command === undefined ? {} : { command };
		sendFollowUp(followUp, followUpOptions)
			.then(() => {
				options.log?.info('http follow-up', {
					...fields,
					outcome: 'followed-up',
					latencyMs: Math.round((performance.now() - started) * 100) / 100,
				});
			})
			.catch((error: unknown) => {
				options.log?.error('http follow-up failed', { ...fields, outcome: 'follow-up-failed', error });
			});
	};
	const server = createServer((request, response) => {
		const started = performance.now();
		const path = (request.url ?? '/').split('?')[0];
		const finish = (status: number, outcome: string, command?: string) => {
			options.log?.info('http request', {
				route: path === '/interactions' || path === '/healthz' ? path : 'other',
				status,
				outcome,
				...(command === undefined ? {} : { command }),
				latencyMs: Math.round((performance.now() - started) * 100) / 100,
			});
		};
		if (path === '/healthz') {
			if (request.method !== 'GET' && request.method !== 'HEAD') {
				send(response, 405, JSON.stringify({ error: 'method not allowed' }), { allow: 'GET' });
				return;
			}
			send(response, 200, JSON.stringify({ status: 'ok' }));
			return;
		}
		if (path !== '/interactions') {
			send(response, 404, JSON.stringify({ error: 'not found' }));
			finish(404, 'not-found');
			return;
		}
		if (request.method !== 'POST') {
			send(response, 405, JSON.stringify({ error: 'method not allowed' }), { allow: 'POST' });
			finish(405, 'method-not-allowed');
			return;
		}
		readBody(request, limit)
			.then((body) =>
				answerSignedRequest(
					options.publicKey,
					{
						signature: headerText(request.headers['x-signature-ed25519']),
						timestamp: headerText(request.headers['x-signature-timestamp']),
						body,
					},
					options.handler,
					now,
					budget,
				),
			)
			.then((result) => {
				const { followUp } = result;
				// Discord must have the deferral before the follow-up can edit it: send it once this response is out.
				const onSent = followUp ? () => deliver(followUp, result.command, started) : undefined;
				send(response, result.status, result.body, {}, onSent);
				finish(result.status, result.outcome, result.command);
			})
			.catch((error: unknown) => {
				if (error instanceof BodyTooLargeError) {
					send(response, 413, JSON.stringify({ error: 'body too large' }), { connection: 'close' });
					finish(413, 'body-too-large');
					return;
				}
				send(response, 500, JSON.stringify({ error: 'internal error' }));
				options.log?.error('http request failed', { route: path, error });
			});
	});
	// Discord waits 3 seconds for an answer; a client that takes longer to send its request is not Discord.
	server.headersTimeout = REQUEST_TIMEOUT_MS;
	server.requestTimeout = REQUEST_TIMEOUT_MS;
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
	listen: { readonly port: number; readonly host: string },
): Promise<{ readonly server: Server; readonly url: string }> {
	const server = createHttpServer(options);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(listen.port, listen.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address() as AddressInfo;
	const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	return { server, url: `http://${host}:${address.port}` };
}
