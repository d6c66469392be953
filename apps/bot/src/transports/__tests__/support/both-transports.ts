import { createInteractionHandler, type InteractionHandlerOptions } from '../../../core/create-interaction-handler.js';
import { createHttpServer } from '../../http-server.js';
import { importPublicKey } from '../../verify-signature.js';
import worker from '../../worker.js';
import { listenOnLoopback } from './listen-on-loopback.js';

/** Sends signed bytes to one transport and returns its response. */
export type SendSigned = (body: string, headers: Record<string, string>) => Promise<Response>;

/**
 * Both HTTP transports over the real core, behind one "send these signed bytes" function each: the Node server on
 * loopback and the Worker's fetch handler, keyed by the name a test prints. `close` stops the server.
 *
 * @example
 * ```ts
 * const { transports, close } = await startBothTransports(keys.publicKeyHex);
 * await transports.Worker(body, signBody(keys, body));
 * ```
 */
export async function startBothTransports(
	publicKeyHex: string,
	handlerOptions: InteractionHandlerOptions = {},
): Promise<{ transports: Record<'HTTP server' | 'Worker', SendSigned>; close: () => Promise<void> }> {
	const server = createHttpServer({
		publicKey: await importPublicKey(publicKeyHex),
		handler: createInteractionHandler(handlerOptions),
	});
	const listening = await listenOnLoopback(server);
	const init = (body: string, headers: Record<string, string>) => ({
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body,
	});
	return {
		close: listening.close,
		transports: {
			'HTTP server': (body, headers) => fetch(`${listening.url}/interactions`, init(body, headers)),
			Worker: (body, headers) =>
				worker.fetch(new Request('https://signpost.example.workers.dev/interactions', init(body, headers)), {
					DISCORD_PUBLIC_KEY: publicKeyHex,
				}),
		},
	};
}
