import { handleInteraction } from '../core/create-interaction-handler.js';
import { answerSignedRequest, type SignedRequestResult } from './answer-signed-request.js';
import type { HandlerFailure, MaybeAsyncInteractionHandler } from './answer-within-budget.js';
import { errorBody } from './error-body.js';
import { errorName } from './log-safely.js';
import { MAX_BODY_BYTES } from './max-body-bytes.js';
import { sendFollowUp } from './send-follow-up.js';
import { hexToBytes, importPublicKey, type PublicKey } from './verify-signature.js';

/**
 * The Worker's bindings: the application's public key, set with `wrangler secret put DISCORD_PUBLIC_KEY` (the one
 * secret it reads), and optionally `DISCORD_API_BASE_URL` (a plain variable, for tests against a local fake).
 */
export interface WorkerEnv {
	readonly DISCORD_PUBLIC_KEY?: string;
	readonly DISCORD_API_BASE_URL?: string;
	readonly [name: string]: unknown;
}

/** The part of the Workers `ExecutionContext` the bot uses: keeping the Worker alive for a follow-up. */
export interface WorkerContext {
	waitUntil(promise: Promise<unknown>): void;
}

/** Options for {@link createWorker}. */
export interface WorkerOptions {
	/** How long to wait for an answer before deferring (default `DEFER_AFTER_MS`, 2 seconds). */
	readonly deferAfterMs?: number;
	/** Where follow-ups are PATCHed (default `https://discord.com/api/v10`); tests point it at a local fake. */
	readonly apiBaseUrl?: string;
	/** The fetch used for follow-ups (default the global one). */
	readonly fetch?: typeof fetch;
	/** Told about a failed handler (correlation id only) or a follow-up Discord refused. Default: `console.error`. */
	readonly onError?: (message: string, fields: Readonly<Record<string, unknown>>) => void;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

function json(status: number, body: string): Response {
	return new Response(body, { status, headers: JSON_HEADERS });
}

/**
 * The public key from the Worker's secrets, or which problem it has, by name only (never the value).
 */
function configuredPublicKey(env: WorkerEnv): { readonly key: string } | { readonly problem: string } {
	const key = typeof env.DISCORD_PUBLIC_KEY === 'string' ? env.DISCORD_PUBLIC_KEY.trim() : '';
	if (!key) return { problem: 'DISCORD_PUBLIC_KEY is not set (wrangler secret put DISCORD_PUBLIC_KEY)' };
	if (!hexToBytes(key, 32)) return { problem: 'DISCORD_PUBLIC_KEY is not 64 hexadecimal characters' };
	return { key: key.toLowerCase() };
}

/** Reads the body as a stream, giving up (and cancelling it) as soon as it passes `limit` bytes. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | undefined> {
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel().catch(() => undefined);
			return undefined;
		}
		chunks.push(value);
	}
	const body = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return body;
}

/**
 * Creates a Cloudflare Worker `fetch` handler over the same core and the same WebCrypto verification as the Node
 * server: `POST /interactions` and `GET /healthz`. An answer not ready within `deferAfterMs` is deferred (type 5)
 * and the follow-up is PATCHed over the original message with fetch, kept alive with `ctx.waitUntil`.
 *
 * @example
 * ```ts
 * export default createWorker(handleInteraction);
 * ```
 */
export function createWorker(
	handler: MaybeAsyncInteractionHandler = handleInteraction,
	now: () => number = Date.now,
	options: WorkerOptions = {},
) {
	const report = (message: string, fields: Readonly<Record<string, unknown>>) => {
		try {
			(options.onError ?? ((text, values) => console.error(JSON.stringify({ message: text, ...values }))))(
				message,
				fields,
			);
		} catch {
			// A failing log must not cost the caller the reply.
		}
	};
	const budget = {
		...(options.deferAfterMs === undefined ? {} : { budgetMs: options.deferAfterMs }),
		onError: (failure: HandlerFailure) => report('interaction failed', { ...failure }),
	};
	const keys = new Map<string, Promise<PublicKey>>();
	const keyFor = (hex: string) => {
		let key = keys.get(hex);
		if (!key) {
			key = importPublicKey(hex);
			keys.set(hex, key);
		}
		return key;
	};
	/** Sends a deferred answer's follow-up after the response, kept alive by `waitUntil`; a failure is logged. */
	const scheduleFollowUp = (
		pending: NonNullable<SignedRequestResult['followUp']>,
		commandName: string | undefined,
		env: WorkerEnv,
		ctx: WorkerContext | undefined,
	): void => {
		const command = commandName === undefined ? {} : { command: commandName };
		const apiBaseUrl =
			options.apiBaseUrl ?? (typeof env.DISCORD_API_BASE_URL === 'string' ? env.DISCORD_API_BASE_URL : undefined);
		const followUp = sendFollowUp(pending, { apiBaseUrl, fetch: options.fetch }).catch((error: unknown) => {
			report('follow-up failed', { ...command, outcome: 'follow-up-failed', errorName: errorName(error) });
		});
		ctx?.waitUntil(followUp);
	};
	const answer = async (request: Request, env: WorkerEnv, ctx?: WorkerContext): Promise<Response> => {
		const { pathname } = new URL(request.url);
		if (pathname === '/healthz') return json(200, JSON.stringify({ status: 'ok' }));
		if (pathname !== '/interactions') return json(404, errorBody('not found'));
		if (request.method !== 'POST') return json(405, errorBody('method not allowed'));
		const configured = configuredPublicKey(env);
		if ('problem' in configured) {
			report('worker misconfigured', { problem: configured.problem });
			return json(500, errorBody(configured.problem));
		}
		const declared = request.headers.get('content-length');
		if (declared !== null && Number(declared) > MAX_BODY_BYTES) return json(413, errorBody('body too large'));
		const body = await readCapped(request, MAX_BODY_BYTES);
		if (!body) return json(413, errorBody('body too large'));
		const result = await answerSignedRequest(
			await keyFor(configured.key),
			{
				signature: request.headers.get('x-signature-ed25519'),
				timestamp: request.headers.get('x-signature-timestamp'),
				body,
			},
			handler,
			now,
			budget,
		);
		if (result.followUp) scheduleFollowUp(result.followUp, result.command, env, ctx);
		return json(result.status, result.body);
	};
	return {
		async fetch(request: Request, env: WorkerEnv, ctx?: WorkerContext): Promise<Response> {
			try {
				return await answer(request, env ?? {}, ctx);
			} catch (error: unknown) {
				try {
					report('request failed', { errorName: errorName(error) });
				} catch {
					// Reporting must not cost the caller the reply.
				}
				return json(500, errorBody('internal error'));
			}
		},
	};
}

/** The Worker entry: `wrangler deploy` with `main = "src/transports/worker.ts"`. */
export default createWorker();
