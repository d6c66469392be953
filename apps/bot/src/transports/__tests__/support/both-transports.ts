import { createInteractionHandler, type InteractionHandlerOptions } from '../../../core/create-interaction-handler.js';
import worker from '../../worker.js';
import { httpServerForFile } from './http-server-for-file.js';

/** Sends signed bytes to one transport and returns its response. */
export type SendSigned = (body: string, headers: Record<string, string>) => Promise<Response>;

/**
 * Both HTTP transports over the real core for the whole test file, behind one "send these signed bytes" function
 * each: the Node server on loopback (started before the file's first test, stopped after its last) and the Worker's
 * fetch handler, keyed by the name a test prints.
 *
 * @example
 * ```ts
 * const transports = bothTransportsForFile(keys.publicKeyHex);
 * it('answers', async () => expect((await transports.Worker(body, signBody(keys, body))).status).toBe(200));
 * ```
 */
export function bothTransportsForFile(
	publicKeyHex: string,
	handlerOptions: InteractionHandlerOptions = {},
): Record<'HTTP server' | 'Worker', SendSigned> {
	const http = httpServerForFile(publicKeyHex, { handler: createInteractionHandler(handlerOptions) });
	const init = (body: string, headers: Record<string, string>) => ({
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body,
	});
	return {
		'HTTP server': (body, headers) => fetch(`${http.url}/interactions`, init(body, headers)),
		Worker: (body, headers) =>
			worker.fetch(new Request('https://signpost.example.workers.dev/interactions', init(body, headers)), {
				DISCORD_PUBLIC_KEY: publicKeyHex,
			}),
	};
}
