import { handleInteraction } from '../core/create-interaction-handler.js';
import type { MaybeAsyncInteractionHandler } from './answer-within-budget.js';
import { errorBody } from './error-body.js';
import { createInteractionEndpoint, type EndpointOptions, type InteractionEndpoint } from './interaction-endpoint.js';
import { errorName } from './log-safely.js';
import { MAX_BODY_BYTES } from './max-body-bytes.js';
import { readCapped } from './read-capped-stream.js';
import { importPublicKey } from './verify-signature.js';
import { apiBaseUrlOf, configuredPublicKey, type WorkerContext, type WorkerEnv } from './worker-env.js';

export type { WorkerContext, WorkerEnv } from './worker-env.js';

/** Options for {@link createWorker}: the endpoint's, with failures reported through `onError`. */
export interface WorkerOptions extends Pick<EndpointOptions, 'deferAfterMs' | 'apiBaseUrl' | 'fetch'> {
	/** Told about a failed handler (correlation id only) or a follow-up Discord refused. Default: `console.error`. */
	readonly onError?: (message: string, fields: Readonly<Record<string, unknown>>) => void;
}

const json = (status: number, body: string | Uint8Array, type = 'application/json') =>
	new Response(body, { status, headers: { 'content-type': type } });

/**
 * Creates a Cloudflare Worker `fetch` handler, an adapter over the shared interaction endpoint (the same core and
 * WebCrypto verification as the Node server): `POST /interactions` and `GET /healthz`. A deferred answer's
 * follow-up is kept alive with `ctx.waitUntil`.
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
	const onError = options.onError ?? ((message, fields) => console.error(JSON.stringify({ message, ...fields })));
	const report: typeof onError = (message, fields) => {
		try {
			onError(message, fields);
		} catch {
			// A failing log must not cost the caller the reply.
		}
	};
	// The endpoint's errors only: a Worker's own log lines are what `onError` is told.
	const log: EndpointOptions['log'] = (level, message, fields) => level === 'error' && report(message, fields);
	const endpoints = new Map<string, Promise<InteractionEndpoint>>();
	const endpointFor = (key: string, env: WorkerEnv) => {
		const apiBaseUrl = options.apiBaseUrl ?? apiBaseUrlOf(env);
		const id = `${key} ${apiBaseUrl ?? ''}`;
		const made =
			endpoints.get(id) ??
			importPublicKey(key).then((publicKey) =>
				createInteractionEndpoint({ ...options, handler, now, log, apiBaseUrl, publicKey }),
			);
		endpoints.set(id, made);
		return made;
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
		const body = await readCapped(request, MAX_BODY_BYTES);
		if (!body) return json(413, errorBody('body too large'));
		const endpoint = await endpointFor(configured.key, env);
		const signature = request.headers.get('x-signature-ed25519');
		const timestamp = request.headers.get('x-signature-timestamp');
		return new Promise<Response>((resolve, reject) => {
			const done = endpoint
				.answerSigned({ signature, timestamp, body }, (reply) => {
					// Only a deferral leaves work after the response: its follow-up, kept alive by waitUntil.
					if (reply.outcome === 'deferred') ctx?.waitUntil(done);
					resolve(json(reply.status, reply.body, reply.contentType));
				})
				.catch(reject);
		});
	};
	return {
		async fetch(request: Request, env: WorkerEnv, ctx?: WorkerContext): Promise<Response> {
			try {
				return await answer(request, env ?? {}, ctx);
			} catch (error: unknown) {
				report('request failed', { errorName: errorName(error) });
				return json(500, errorBody('internal error'));
			}
		},
	};
}

/**
 * A Worker over the core without charts (a `/trend` reply links to the docs site). The deployed Worker is
 * `worker-entry.ts` (`dist/worker.mjs`), which adds the WebAssembly chart renderer.
 */
export default createWorker();
