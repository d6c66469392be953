import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createSignpostMcpServer, type SignpostMcpServerOptions } from '../create-signpost-mcp-server.js';

/** The path the server answers MCP on. */
export const MCP_PATH = '/mcp';

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** True when a Host header names a loopback address, so a page elsewhere cannot reach the server through DNS rebinding. */
function isLoopbackHost(hostHeader: string | undefined): boolean {
	if (!hostHeader) return false;
	const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.split(':')[0];
	return LOOPBACK_NAMES.has(name ?? '');
}

function sendJsonError(res: ServerResponse, status: number, message: string): void {
	res
		.writeHead(status, { 'content-type': 'application/json' })
		.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32_000, message }, id: null }));
}

async function handle(req: IncomingMessage, res: ServerResponse, loopback: boolean, options: SignpostMcpServerOptions) {
	const path = (req.url ?? '/').split('?')[0];
	if (path !== MCP_PATH) return sendJsonError(res, 404, `Not found: MCP is served at ${MCP_PATH}.`);
	if (loopback && !isLoopbackHost(req.headers.host)) return sendJsonError(res, 403, 'Forbidden host.');
	if (req.method !== 'POST') return sendJsonError(res, 405, 'Method not allowed: this server is stateless; POST only.');
	// Stateless: a new server and transport per request, closed when the response ends. Nothing is kept or logged.
	// One request per connection: a client reusing an idle keep-alive socket just as the server times it out gets "other
	// side closed" on a busy machine, and a local MCP server gains nothing from keeping connections open.
	res.setHeader('connection', 'close');
	const server = createSignpostMcpServer(options);
	const transport = new StreamableHTTPServerTransport({ enableJsonResponse: true }); // no sessionIdGenerator: stateless
	res.on('close', () => {
		void transport.close();
		void server.close();
	});
	await server.connect(transport);
	await transport.handleRequest(req, res);
}

/**
 * Serves MCP over Streamable HTTP (stateless, JSON responses) at `/mcp`. When bound to a loopback address, requests
 * whose Host header is not loopback are refused.
 *
 * @param host - the address to listen on (the command line defaults to 127.0.0.1)
 * @param port - the port (0 picks a free one)
 * @param options - the dataset to answer from
 * @returns the listening HTTP server and its address
 * @example
 * ```ts
 * const { server, url } = await serveHttp('127.0.0.1', 0);
 * console.error(url); // http://127.0.0.1:43817/mcp
 * server.close();
 * ```
 */
export async function serveHttp(
	host: string,
	port: number,
	options: SignpostMcpServerOptions = {},
): Promise<{ server: Server; url: string }> {
	const loopback = LOOPBACK_NAMES.has(host);
	const server = createServer((req, res) => {
		handle(req, res, loopback, options).catch(() => {
			if (!res.headersSent) sendJsonError(res, 500, 'Internal server error.');
			else res.end();
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve());
	});
	const address = server.address() as AddressInfo;
	const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	return { server, url: `http://${shownHost}:${address.port}${MCP_PATH}` };
}
