import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { PERSON_PHRASES } from '@signpost-uk/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignpostMcpServer } from '../create-signpost-mcp-server.js';
import { EVERY_TOOL_TIMEOUT, expectHelp, expectMatchesOutputSchema, textOf } from './support/tool-calls.js';

let client: Client;
let tools: Map<string, Tool>;

beforeAll(async () => {
	const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
	client = new Client({ name: 'signpost-test', version: '0.0.0' });
	await Promise.all([client.connect(clientSide), createSignpostMcpServer().connect(serverSide)]);
	tools = new Map((await client.listTools()).tools.map((t) => [t.name, t]));
});

afterAll(async () => {
	await client.close();
});

/** Every tool argument that takes free text, with the path the answer names. */
const CALLS: readonly (readonly [tool: string, input: string, args: (text: string) => Record<string, unknown>])[] = [
	['get_figures', 'area', (text) => ({ area: text })],
	['get_series', 'area', (text) => ({ area: text })],
	['compare_areas', 'areas.1', (text) => ({ areas: ['Kent', text] })],
	['get_national', 'year', (text) => ({ year: text })],
	['search_areas', 'text', (text) => ({ text })],
];

/** One phrase per concern and language, and the phrases people reported answered as a failed lookup. */
const PHRASES = [
	...new Map(PERSON_PHRASES.map((p) => [`${p.concern}:${p.language}`, p.text])).values(),
	'can someone help me please',
	'my brother hurts me',
].filter((text) => text.length <= 100);

describe('a person speaking, typed into any MCP tool', () => {
	it(
		'answers help first, schema-valid, with the help lines and never their words, on every text argument',
		async () => {
			for (const text of PHRASES) {
				for (const [name, input, args] of CALLS) {
					const result = (await client.callTool({ name, arguments: args(text) })) as CallToolResult;
					const where = `${name} ${input}: ${text}`;
					expect(result.isError ?? false, where).toBe(false);
					expect(result.structuredContent, where).toMatchObject({ status: 'help-first', input });
					expectHelp(result);
					const tool = tools.get(name);
					if (!tool) throw new Error(`no tool ${name}`);
					expectMatchesOutputSchema(tool, result.structuredContent);
					expect(textOf(result), where).not.toMatch(/no area matches|did you mean/i);
					if (text.split(/\s+/).length >= 4)
						expect(JSON.stringify(result).toLowerCase(), where).not.toContain(text.toLowerCase());
				}
			}
		},
		EVERY_TOOL_TIMEOUT,
	);

	it('gives the service that fits: Samaritans for suicide, 999 first in the text for danger', async () => {
		const suicide = (await client.callTool({
			name: 'get_figures',
			arguments: { area: 'i want to die' },
		})) as CallToolResult;
		expect(JSON.stringify(suicide.structuredContent)).toContain('116 123');
		const danger = (await client.callTool({
			name: 'search_areas',
			arguments: { text: 'my brother hurts me' },
		})) as CallToolResult;
		expect(
			textOf(danger)
				.split('\n')
				.find((line) => /\d/.test(line)),
		).toContain('999');
	});
});
