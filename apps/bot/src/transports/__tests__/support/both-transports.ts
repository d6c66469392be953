import { createInteractionHandler, type InteractionHandlerOptions } from '../../../core/create-interaction-handler.js';
import worker from '../../worker.js';
import { startHttpServer } from './http-server-for-file.js';

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
	const listening = await startHttpServer(publicKeyHex, { handler: createInteractionHandler(handlerOptions) });
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
