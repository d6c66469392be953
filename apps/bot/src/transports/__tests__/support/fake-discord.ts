import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './listen-on-loopback.js';

/** One request the fake Discord REST API received. */
export interface ReceivedRequest {
	readonly method: string;
	/** Percent-decoded, as Discord reads it (`%40original` is `@original`). */
	readonly path: string;
	readonly authorization: string | undefined;
	readonly body: unknown;
}

/** A local stand-in for Discord's REST API: records requests, stores registered commands. */
export interface FakeDiscord {
	readonly url: string;
	readonly requests: ReceivedRequest[];
	commands: Record<string, unknown>[];
	close(): Promise<void>;
}

function readJson(request: IncomingMessage): Promise<unknown> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const bytes = Buffer.concat(chunks);
			// A reply with files comes as multipart/form-data: kept as its raw text (bytes as latin1), for the test.
			if ((request.headers['content-type'] ?? '').startsWith('multipart/form-data'))
				resolve({ multipart: bytes.toString('latin1') });
			else {
				const text = bytes.toString('utf8');
				resolve(text === '' ? undefined : JSON.parse(text));
			}
		});
		request.on('error', reject);
	});
}

/** Discord's side of one request: the commands stored and returned, a callback's 204, a follow-up's message, or 404. */
function answer(
	fake: { commands: Record<string, unknown>[] },
	request: string,
	body: unknown,
	response: ServerResponse,
): void {
	if (/^GET \/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(request)) {
		response.end(JSON.stringify(fake.commands));
	} else if (/^PUT \/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(request)) {
		fake.commands = (body as Record<string, unknown>[]).map(storedCommand);
		response.end(JSON.stringify(fake.commands));
	} else if (/^POST \/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(request)) {
		// No body, so no content type: discord.js parses any application/json body, and an empty one throws.
		response.removeHeader('content-type');
		response.statusCode = 204;
		response.end();
	} else if (/^PATCH \/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(request)) {
		response.end(JSON.stringify({ id: '1300000000000000001', type: 20, ...(body as Record<string, unknown>) }));
	} else {
		response.statusCode = 404;
		response.end(JSON.stringify({ message: '404: Not Found', code: 0 }));
	}
}

/** A command as Discord stores it: with the ids and versions it adds. */
function storedCommand(command: Record<string, unknown>, index: number): Record<string, unknown> {
	return {
		id: `12000000000000000${index}`,
		application_id: '1100000000000000001',
		version: '1200000000000000099',
		default_member_permissions: null,
		type: 1,
		nsfw: false,
		integration_types: [0],
		contexts: null,
		...command,
		options: (command.options as Record<string, unknown>[] | undefined)?.map((option) => ({ ...option })),
	};
}

/**
 * Starts the fake on 127.0.0.1 with a free port. `GET .../commands` returns the stored commands (with the ids and
 * versions Discord adds), `PUT .../commands` replaces them, `POST /interactions/{id}/{token}/callback` answers 204,
 * `PATCH /webhooks/{application_id}/{token}/messages/@original` (a deferred follow-up) answers 200 with the message.
 */
export async function startFakeDiscord(): Promise<FakeDiscord> {
	const requests: ReceivedRequest[] = [];
	const fake = { requests, commands: [] as Record<string, unknown>[] };
	const server: Server = createServer((request, response) => {
		readJson(request).then((body) => {
			const path = decodeURIComponent(request.url ?? '/');
			requests.push({ method: request.method ?? '', path, authorization: request.headers.authorization, body });
			response.setHeader('content-type', 'application/json');
			answer(fake, `${request.method ?? ''} ${path}`, body, response);
		});
	});
	return Object.assign(fake, await listenOnLoopback(server));
}
