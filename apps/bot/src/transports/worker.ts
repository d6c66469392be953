import { handleInteraction } from '../core/create-interaction-handler.js';
import { loadEnv } from '../env.js';
import { answerSignedRequest } from './answer-signed-request.js';
import type { HandlerFailure, MaybeAsyncInteractionHandler } from './answer-within-budget.js';
import { MAX_BODY_BYTES } from './max-body-bytes.js';
import { sendFollowUp } from './send-follow-up.js';
import { importPublicKey, type PublicKey } from './verify-signature.js';

/** The Worker's bindings: the application's public key, set with `wrangler secret put DISCORD_PUBLIC_KEY`. */
export interface WorkerEnv {
	readonly DISCORD_PUBLIC_KEY?: string;
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

function configuredPublicKey(env: WorkerEnv): string | undefined {
	try {
		const key = typeof env.DISCORD_PUBLIC_KEY === 'string' ? env.DISCORD_PUBLIC_KEY : undefined;
		return loadEnv({ DISCORD_PUBLIC_KEY: key }).publicKey;
	} catch {
		return undefined;
	}
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
	const report =
		options.onError ??
		((message: string, fields: Readonly<Record<string, unknown>>) =>
			console.error(JSON.stringify({ message, ...fields })));
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
	return {
		async fetch(request: Request, env: WorkerEnv, ctx?: WorkerContext): Promise<Response> {
			const { pathname } = new URL(request.url);
			if (pathname === '/healthz') return json(200, JSON.stringify({ status: 'ok' }));
			if (pathname !== '/interactions') return json(404, JSON.stringify({ error: 'not found' }));
			if (request.method !== 'POST') return json(405, JSON.stringify({ error: 'method not allowed' }));
			const publicKey = configuredPublicKey(env);
			if (!publicKey) return json(500, JSON.stringify({ error: 'DISCORD_PUBLIC_KEY is missing or invalid' }));
			const declared = Number(request.headers.get('content-length'));
			if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
				return json(413, JSON.stringify({ error: 'body too large' }));
			}
			const body = new Uint8Array(await request.arrayBuffer());
			if (body.length > MAX_BODY_BYTES) return json(413, JSON.stringify({ error: 'body too large' }));
			const result = await answerSignedRequest(
				await keyFor(publicKey),
				{
					signature: request.headers.get('x-signature-ed25519'),
					timestamp: request.headers.get('x-signature-timestamp'),
					body,
				},
				handler,
				now,
				budget,
			);
			if (result.followUp) {
				const command = result.command === undefined ? {} : { command: result.command };
				const followUp = sendFollowUp(result.followUp, { apiBaseUrl: options.apiBaseUrl, fetch: options.fetch }).catch(
					(error: unknown) => {
						const name = error instanceof Error ? error.name : typeof error;
						report('follow-up failed', { ...command, outcome: 'follow-up-failed', errorName: name });
					},
				);
				ctx?.waitUntil(followUp);
			}
			return json(result.status, result.body);
		},
	};
}

/** The Worker entry: `wrangler deploy` with `main = "src/transports/worker.ts"`. */
export default createWorker();
