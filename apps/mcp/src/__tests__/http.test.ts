import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from './support/built-bin.js';
import { checkEveryTool, EVERY_TOOL_TIMEOUT } from './support/tool-calls.js';

let child: ChildProcess;
let url: URL;
let stderr = '';

/** A raw request, to check what the server refuses. */
function send(
	method: string,
	headers: Record<string, string>,
	body = '',
): Promise<{ status: number; connection: string }> {
	return new Promise((resolve, reject) => {
		const req = request(url, { method, headers }, (res) => {
			res.resume();
			resolve({ status: res.statusCode ?? 0, connection: String(res.headers.connection) });
		});
		req.on('error', reject);
		req.end(body);
	});
}

beforeAll(async () => {
	ensureBuilt();
	// Port 0: the system picks a free port; the server says which on stderr.
	child = spawn(process.execPath, [BIN, '--http', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
	child.stderr?.setEncoding('utf8');
	url = await new Promise<URL>((resolve, reject) => {
		child.stderr?.on('data', (chunk: string) => {
			stderr += chunk;
			const match = /listening on (http:\/\/\S+)/.exec(stderr);
			if (match?.[1]) resolve(new URL(match[1]));
		});
		child.once('exit', (code) => reject(new Error(`signpost-mcp exited ${code}: ${stderr}`)));
	});
}, 60_000);

afterAll(async () => {
	if (child && child.exitCode === null) {
		child.kill();
		await once(child, 'exit');
	}
});

describe('the built signpost-mcp bin over Streamable HTTP', () => {
	it('listens on 127.0.0.1 unless told otherwise, at /mcp', () => {
		expect(url.hostname).toBe('127.0.0.1');
		expect(url.pathname).toBe('/mcp');
	});

	it(
		'lists seven tools and answers each with help lines, citations and schema-valid structured content',
		async () => {
			const client = new Client({ name: 'signpost-http-test', version: '0.0.0' });
			await client.connect(new StreamableHTTPClientTransport(url));
			await checkEveryTool(client);
			await client.close();
		},
		EVERY_TOOL_TIMEOUT,
	);

	it('refuses a request naming another host (DNS rebinding) and methods other than POST', async () => {
		const initialize = JSON.stringify({
			jsonrpc: '2.0',
			id: 1,
			method: 'initialize',
			params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '0' } },
		});
		const json = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
		expect((await send('POST', { ...json, host: 'attacker.example' }, initialize)).status).toBe(403);
		expect((await send('GET', { accept: 'text/event-stream' })).status).toBe(405);
		// One request per connection, so a client never reuses a socket the server is closing.
		expect(await send('POST', json, initialize)).toEqual({ status: 200, connection: 'close' });
	});

	it('logs nothing but its address', () => {
		expect(stderr.trim().split('\n')).toEqual([`Signpost MCP server listening on ${url.href}`]);
	});
});
