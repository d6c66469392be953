import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { LONG_PERSON_MESSAGE, PRIVATE_PHRASE } from '@signpost-uk/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from './support/built-bin.js';
import { itChecksEveryTool } from './support/tool-calls.js';

let client: Client;
let transport: StdioClientTransport;
let stderr = '';

beforeAll(async () => {
	ensureBuilt();
	// As an assistant starts it: the built bin as a child process, MCP over its stdin and stdout.
	transport = new StdioClientTransport({ command: process.execPath, args: [BIN], stderr: 'pipe' });
	transport.stderr?.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	client = new Client({ name: 'signpost-stdio-test', version: '0.0.0' });
	await client.connect(transport);
}, 60_000);

afterAll(async () => {
	await client?.close();
});

describe('the built signpost-mcp bin over stdio', () => {
	itChecksEveryTool(() => client);

	it('logs nothing the person asked: stderr stays empty through every call', async () => {
		await client.callTool({
			name: 'get_figures',
			arguments: { area: 'Leicestershire private words', year: '2019/20' },
		});
		await client.callTool({ name: 'search_areas', arguments: { text: 'Leicestershire private words' } });
		// A person's message, short and long, in every kind of text argument: answered, never logged or echoed.
		for (const message of [PRIVATE_PHRASE, LONG_PERSON_MESSAGE]) {
			for (const [name, args] of [
				['get_figures', { area: message }],
				['get_figures', { area: 'Kent', measure: message, breakdown: { platform: message } }],
				['get_series', { area: 'Kent', from: message }],
				['compare_areas', { areas: ['Kent', message], year: message }],
				['get_national', { year: message }],
				['search_areas', { text: message }],
			] as const) {
				const result = await client.callTool({ name, arguments: args });
				expect(result.structuredContent, name).toMatchObject({ status: 'help-first' });
				expect(JSON.stringify(result).toLowerCase(), name).not.toContain('touches me');
			}
		}
		expect(stderr).toBe('');
	});
});
