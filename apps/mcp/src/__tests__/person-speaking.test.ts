import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import {
	captureOutput,
	LONG_PERSON_MESSAGE,
	LONG_QUERY,
	longMessage,
	PERSON_PHRASES,
	PRIVATE_PHRASE,
} from '@signpost-uk/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignpostMcpServer } from '../create-signpost-mcp-server.js';
import { ANSWER_PROMPT_NAME } from '../prompts/answer-area-question.js';
import { HelpSelectionShape } from '../tools/input-schemas.js';
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
	['get_figures', 'year', (text) => ({ area: 'Kent', year: text })],
	['get_figures', 'measure', (text) => ({ area: 'Kent', measure: text })],
	['get_figures', 'breakdown.ageBand', (text) => ({ area: 'Kent', breakdown: { ageBand: text } })],
	['get_figures', 'breakdown.platform', (text) => ({ area: 'Kent', breakdown: { platform: text } })],
	['get_series', 'area', (text) => ({ area: text })],
	['get_series', 'measure', (text) => ({ area: 'Kent', measure: text })],
	['get_series', 'from', (text) => ({ area: 'Kent', from: text })],
	['get_series', 'to', (text) => ({ area: 'Kent', to: text })],
	['compare_areas', 'areas.0', (text) => ({ areas: [text, 'Kent'] })],
	['compare_areas', 'areas.1', (text) => ({ areas: ['Kent', text] })],
	['compare_areas', 'year', (text) => ({ areas: ['Kent', 'Essex'], year: text })],
	['compare_areas', 'measure', (text) => ({ areas: ['Kent', 'Essex'], measure: text })],
	['get_national', 'year', (text) => ({ year: text })],
	['get_national', 'measure', (text) => ({ measure: text })],
	['search_areas', 'text', (text) => ({ text })],
];

/** The main text argument of each tool, for the sweep over every phrase (every argument is swept below). */
const MAIN_CALLS = CALLS.filter(([name, input]) =>
	['get_figures area', 'get_series area', 'compare_areas areas.1', 'get_national year', 'search_areas text'].includes(
		`${name} ${input}`,
	),
);

/** One phrase per concern and language, and the phrases people reported answered as a failed lookup. */
const PHRASES = [
	...new Map(PERSON_PHRASES.map((p) => [`${p.concern}:${p.language}`, p.text])).values(),
	'can someone help me please',
	'my brother hurts me',
];

describe('a person speaking, typed into any MCP tool', () => {
	it(
		'answers help first, schema-valid, with the help lines and never their words, on each tool’s main text argument',
		async () => {
			for (const text of PHRASES) {
				for (const [name, input, args] of MAIN_CALLS) {
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

/**
 * Calls that fail their tool's input schema for another reason (a wrong type, a missing field, too few areas, a
 * field the tool does not take) or name no tool, with a person's words in one string argument, and the path the
 * help-first result names.
 */
const FAILING_CALLS: readonly (readonly [
	tool: string,
	input: string,
	args: (text: string) => Record<string, unknown>,
])[] = [
	['get_figures', 'year', (text) => ({ area: 5, year: text })],
	['get_figures', 'measure', (text) => ({ measure: text })],
	['get_figures', 'note', (text) => ({ area: 'Kent', note: text })],
	['get_figures', 'breakdown.extra', (text) => ({ area: 'Kent', breakdown: { sex: 'girls', extra: text } })],
	['get_series', 'from', (text) => ({ area: 'Kent', from: text, breakdown: 'girls' })],
	['compare_areas', 'areas.0', (text) => ({ areas: [text] })],
	['get_national', 'year', (text) => ({ year: text, audience: 'robot' })],
	['search_areas', 'text', (text) => ({ text, limit: 'ten' })],
	['list_sources', 'note', (text) => ({ topic: 'emergency', note: text })],
	['get_help', 'audience', (text) => ({ audience: text })],
	['get_help', 'topic', (text) => ({ topic: text })],
	['no_such_tool', 'text', (text) => ({ text })],
];

/** The tool's listed output schema as a client checks it, compiled once per tool. */
function outputValidators(): Map<string, (value: unknown) => { valid: boolean }> {
	const ajv = new AjvJsonSchemaValidator();
	type JsonSchema = Parameters<AjvJsonSchemaValidator['getValidator']>[0];
	return new Map([...tools].map(([name, tool]) => [name, ajv.getValidator(tool.outputSchema as JsonSchema)]));
}

/** A help-first result naming `input`: not an error, with the help lines, never the words typed. */
function expectHelpFirst(result: CallToolResult, input: string, text: string, where: string): void {
	expect(result.isError ?? false, where).toBe(false);
	expect(result.structuredContent, where).toMatchObject({ status: 'help-first', input });
	expectHelp(result);
	expect(textOf(result), where).not.toMatch(/invalid arguments|unknown tool|no area matches|did you mean/i);
	// Four words or more: shorter phrases ("call the police") are also Signpost's own help sentences.
	if (text.split(/\s+/).length >= 4)
		expect(JSON.stringify(result).toLowerCase(), where).not.toContain(text.toLowerCase());
}

describe('a person speaking in a call that fails its input schema for another reason', () => {
	it(
		'every phrase of the table, in every kind of failing call: help first, not a tool error, never their words',
		async () => {
			const validators = outputValidators();
			// A topic the tools take ("emergency") is the help asked for by name, not a person: tested below.
			const calls = PERSON_PHRASES.flatMap(({ text }) =>
				FAILING_CALLS.filter(([, input]) => input !== 'topic' || !HelpSelectionShape.topic.safeParse(text).success).map(
					([name, input, args]) => ({ name, input, text, args: args(text) }),
				),
			);
			for (const { name, input, text, args } of calls) {
				const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
				const where = `${name} ${input}: ${text}`;
				expectHelpFirst(result, input, text, where);
				const validate = validators.get(name);
				if (validate) expect(validate(result.structuredContent).valid, where).toBe(true);
			}
		},
		EVERY_TOOL_TIMEOUT,
	);

	it('a query tool’s help-first result carries its kind, as the SDK’s answer does; the service that fits is there', async () => {
		const result = (await client.callTool({
			name: 'get_figures',
			arguments: { area: 5, year: 'i want to die' },
		})) as CallToolResult;
		expect(result.structuredContent).toMatchObject({
			status: 'help-first',
			kind: 'figures',
			caveats: [],
			input: 'year',
		});
		expect(JSON.stringify(result.structuredContent)).toContain('116 123');
		const welsh = (await client.callTool({
			name: 'get_help',
			arguments: { audience: 'helpwch fi' },
		})) as CallToolResult;
		expect(welsh.structuredContent).toMatchObject({ status: 'help-first', language: 'cy' });
		expect(JSON.stringify(welsh.structuredContent)).toContain('080880 23456');
	});

	it('help a call asks for by name ("emergency", "suicide-or-self-harm") is not read as a person; a bad call without one is still a tool error', async () => {
		for (const topic of ['emergency', 'suicide-or-self-harm', 'adult-survivor']) {
			const help = (await client.callTool({ name: 'get_help', arguments: { topic } })) as CallToolResult;
			expect(help.structuredContent, topic).toMatchObject({ status: 'found' });
			const figures = (await client.callTool({
				name: 'get_figures',
				arguments: { area: 'Derbyshire', year: '2016/17', topic },
			})) as CallToolResult;
			expect(figures.structuredContent, topic).toMatchObject({ status: 'found' });
		}
		const bad = (await client.callTool({
			name: 'get_figures',
			arguments: { area: 5, year: '2016/17' },
		})) as CallToolResult;
		expect(bad.isError).toBe(true);
		expectHelp(bad);
	});
});

function expectNoEcho(text: string, where: string): void {
	const lower = text.toLowerCase();
	for (const words of [PRIVATE_PHRASE.toLowerCase(), 'touches me', 'dad touches'])
		expect(lower, where).not.toContain(words);
}

describe('a long message and privacy, on every text argument', () => {
	it(
		'a 2,000-character message (what is wrong said last) gets help first, not a schema error, on every argument',
		async () => {
			for (const message of [LONG_PERSON_MESSAGE, longMessage('helpwch fi')])
				for (const [name, input, args] of CALLS) {
					const result = (await client.callTool({ name, arguments: args(message) })) as CallToolResult;
					const where = `${name} ${input}: a long message`;
					expect(result.isError ?? false, where).toBe(false);
					expect(result.structuredContent, where).toMatchObject({ status: 'help-first', input });
					expectHelp(result);
				}
		},
		EVERY_TOOL_TIMEOUT,
	);

	it(
		'a long string that is not a person is an ordinary answer with the help lines; past the limit, a tool error with them',
		async () => {
			for (const [name, input, args] of CALLS) {
				const result = (await client.callTool({ name, arguments: args(LONG_QUERY) })) as CallToolResult;
				const where = `${name} ${input}: ${LONG_QUERY.length} characters`;
				expect(result.isError ?? false, where).toBe(false);
				expect(result.structuredContent, where).toMatchObject({ status: 'not-found', reason: 'invalid-query' });
				expectHelp(result);
				expect(JSON.stringify(result), where).not.toContain('Qzx Qzx');
				const tooLong = (await client.callTool({
					name,
					arguments: args(`${LONG_QUERY} Qzx`),
				})) as CallToolResult;
				expect(tooLong.isError, `${where} + 4`).toBe(true);
				expectHelp(tooLong);
			}
		},
		EVERY_TOOL_TIMEOUT,
	);

	it(
		'the phrase and a long message are never written to the console, stdout or stderr, nor echoed in a result',
		async () => {
			const capture = captureOutput();
			const results: string[] = [];
			try {
				for (const message of [PRIVATE_PHRASE, LONG_PERSON_MESSAGE])
					for (const [name, , args] of CALLS)
						results.push(JSON.stringify(await client.callTool({ name, arguments: args(message) })));
			} finally {
				capture.restore();
			}
			expect(capture.written).toEqual([]);
			for (const result of results) expectNoEcho(result, 'result');
		},
		EVERY_TOOL_TIMEOUT,
	);

	it('the prompt gives help first, without their words, when the area or the question is a person speaking', async () => {
		for (const args of [
			{ area: PRIVATE_PHRASE },
			{ area: 'Kent', question: LONG_PERSON_MESSAGE },
			{ area: LONG_PERSON_MESSAGE },
		]) {
			const prompt = await client.getPrompt({ name: ANSWER_PROMPT_NAME, arguments: args });
			const content = prompt.messages[0]?.content;
			const text = content?.type === 'text' ? content.text : '';
			expect(text).toMatch(/Do not look up or give any figures, do not repeat their words/);
			expect(text).toContain('You can talk to Childline now');
			for (const number of ['0800 1111', '0808 800 5000', '999']) expect(text).toContain(number);
			expectNoEcho(text, JSON.stringify(Object.keys(args)));
			expect(text).not.toMatch(/Area:|Question:/);
		}
		const ordinary = await client.getPrompt({
			name: ANSWER_PROMPT_NAME,
			arguments: { area: 'Kent', question: 'How many offences were recorded in 2016/17?' },
		});
		const content = ordinary.messages[0]?.content;
		expect(content?.type === 'text' ? content.text : '').toContain('Area: Kent');
	});
});
