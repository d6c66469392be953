import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { MAX_FREE_TEXT_LENGTH } from '@signpost-uk/domain';
import { expect, it } from 'vitest';

/** The three numbers every result must carry, digit for digit. */
export const NUMBERS = ['0800 1111', '0808 800 5000', '999'] as const;

export const TOOL_NAMES = [
	'get_figures',
	'get_series',
	'compare_areas',
	'get_national',
	'search_areas',
	'list_sources',
	'get_help',
] as const;

/** Calls that answer (found or not-found, both normal results), with the words people type. */
export const ANSWER_CALLS: readonly {
	name: (typeof TOOL_NAMES)[number];
	args: Record<string, unknown>;
	status: 'found' | 'not-found';
	reason?: string;
}[] = [
	{ name: 'get_figures', args: { area: 'Derbyshire', year: '2016/17' }, status: 'found' },
	{
		name: 'get_figures',
		args: { area: 'derbyshire constabulary', year: '2016-17', audience: 'child' },
		status: 'found',
	},
	{ name: 'get_figures', args: { area: 'Atlantis' }, status: 'not-found', reason: 'unknown-area' },
	{
		name: 'get_figures',
		args: { area: 'Derbyshire', year: '2030/31' },
		status: 'not-found',
		reason: 'year-outside-dataset',
	},
	{ name: 'get_series', args: { area: 'Staffordshire' }, status: 'found' },
	{ name: 'get_series', args: { area: 'Wales', measure: 'grooming' }, status: 'found' },
	{ name: 'get_series', args: { area: 'Wales', measure: 'weather' }, status: 'not-found', reason: 'unknown-measure' },
	{ name: 'compare_areas', args: { areas: ['Derbyshire', 'Staffordshire'], year: '2016/17' }, status: 'found' },
	{ name: 'get_national', args: {}, status: 'found' },
	{ name: 'get_national', args: { year: '2010/11' }, status: 'not-found', reason: 'no-published-figure' },
	{ name: 'get_national', args: { year: '2001/02' }, status: 'not-found', reason: 'year-outside-dataset' },
	{ name: 'get_figures', args: { area: 'Derbyshire', year: 'FY2016' }, status: 'found' },
	{
		name: 'get_figures',
		args: { area: 'Surrey', year: '2012/13' },
		status: 'not-found',
		reason: 'no-published-figure',
	},
	{ name: 'search_areas', args: { text: 'staffs' }, status: 'found' },
	{ name: 'search_areas', args: { text: 'qqqqqq' }, status: 'not-found', reason: 'no-match' },
	// Long text reaches the SDK (a person's message must reach its person check): text too long for a name is its
	// ordinary "cannot read" answer, with the help lines, not a tool error.
	{ name: 'search_areas', args: { text: 'x'.repeat(500) }, status: 'not-found', reason: 'invalid-query' },
	{ name: 'get_figures', args: { area: 'x'.repeat(500) }, status: 'not-found', reason: 'invalid-query' },
	{ name: 'list_sources', args: {}, status: 'found' },
	{ name: 'get_help', args: { audience: 'child', topic: 'online-grooming' }, status: 'found' },
];

/** Arguments that do not fit the tool: each must be a tool error that still carries the help lines. */
export const BAD_CALLS: readonly { name: string; args: Record<string, unknown> }[] = [
	{ name: 'get_figures', args: { area: 5 } },
	{ name: 'get_figures', args: {} },
	{ name: 'get_figures', args: { area: 'Derbyshire', year: null } },
	{ name: 'compare_areas', args: { areas: 'Derbyshire' } },
	{ name: 'compare_areas', args: { areas: ['Derbyshire'] } },
	{ name: 'search_areas', args: { text: 'x'.repeat(MAX_FREE_TEXT_LENGTH + 1) } },
	{ name: 'get_figures', args: { area: 'Kent', year: 'x'.repeat(MAX_FREE_TEXT_LENGTH + 1) } },
	{ name: 'get_help', args: { audience: 'robot' } },
	{ name: 'no_such_tool', args: {} },
];

type Structured = Record<string, unknown> & { help: { services: { phone?: string }[]; lines: string[] } };

/** The text of a result's first content item. */
export function textOf(result: CallToolResult): string {
	const first = result.content[0];
	return first?.type === 'text' ? first.text : '';
}

/** Checks the help lines are in the text and, as the first three services, in the structured content. */
export function expectHelp(result: CallToolResult): Structured {
	const text = textOf(result);
	for (const number of NUMBERS) expect(text).toContain(number);
	const structured = result.structuredContent as Structured;
	expect(structured.help.services.slice(0, 3).map((s) => s.phone)).toEqual([...NUMBERS]);
	for (const number of NUMBERS) expect(structured.help.lines.join('\n')).toContain(number);
	return structured;
}

/** Every figure anywhere in structured content: objects stating `computed: false`. */
function figuresIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
	if (Array.isArray(value)) for (const item of value) figuresIn(item, found);
	else if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (record.computed === false) found.push(record);
		for (const child of Object.values(record)) figuresIn(child, found);
	}
	return found;
}

/**
 * Checks every figure has at least one source with its exact quote, its address (or, where a page has none, its
 * title), and its date (or "not-shown"); and that every change is marked computed.
 */
export function expectCitedFigures(structured: Record<string, unknown>): number {
	const figures = figuresIn(structured);
	for (const figure of figures) {
		const sources = figure.sources as { quote: string; url?: string; title: string; published: string }[];
		expect(sources.length, `figure ${String(figure.id)} has no source`).toBeGreaterThan(0);
		for (const source of sources) {
			expect(source.quote.length).toBeGreaterThan(0);
			expect(source.url ?? source.title).toBeTruthy();
			expect(source.published).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?|not-shown)$/);
		}
	}
	for (const change of (structured.changes as { computed: unknown }[] | undefined) ?? []) {
		expect(change.computed).toBe(true);
	}
	return figures.length;
}

/** Validates structured content against the tool's listed JSON output schema, as a client would. */
export function expectMatchesOutputSchema(tool: Tool, structured: unknown): void {
	expect(tool.outputSchema).toBeDefined();
	const validate = new AjvJsonSchemaValidator().getValidator(tool.outputSchema as never);
	const outcome = validate(structured);
	expect(outcome.valid, outcome.errorMessage).toBe(true);
}

/**
 * The checks every transport runs: the seven tools listed with input and output schemas and responsible-use
 * descriptions; each answer call a normal result with help, citations and a schema-valid structure; each bad call a
 * tool error with help that does not echo what was sent.
 */
/**
 * The time {@link checkEveryTool} may take: it makes about twenty calls and checks each against its output schema,
 * which takes 2 s on an idle machine and has taken over 20 s (vitest's default here) while every workspace's tests
 * run at once on two cores. A limit on a hang, not a speed target (those live in benchmarks).
 */
export const EVERY_TOOL_TIMEOUT = 120_000;

export async function checkEveryTool(client: Client): Promise<Map<string, CallToolResult>> {
	const { tools } = await client.listTools();
	expect(tools.map((t) => t.name)).toEqual([...TOOL_NAMES]);
	const byName = new Map(tools.map((t) => [t.name, t]));
	for (const tool of tools) {
		expect(tool.inputSchema.type).toBe('object');
		expect(tool.outputSchema?.type).toBe('object');
		expect(tool.description).toMatch(/help lines/);
		expect(tool.annotations?.readOnlyHint).toBe(true);
	}
	for (const name of ['get_figures', 'get_series', 'compare_areas', 'get_national']) {
		const description = byName.get(name)?.description ?? '';
		expect(description).toContain('not a count of children abused');
		expect(description).toContain('no figure without its source');
		expect(description).toMatch(/Do not estimate/);
		for (const number of NUMBERS) expect(description).toContain(number);
	}

	const results = new Map<string, CallToolResult>();
	for (const call of ANSWER_CALLS) {
		const result = (await client.callTool({ name: call.name, arguments: call.args })) as CallToolResult;
		expect(result.isError ?? false, `${call.name} ${JSON.stringify(call.args)}`).toBe(false);
		const structured = expectHelp(result);
		expect(structured.status).toBe(call.status);
		if (call.reason) {
			expect(structured.reason).toBe(call.reason);
			expect(textOf(result)).toContain(String(structured.message));
		}
		expectMatchesOutputSchema(byName.get(call.name) as Tool, structured);
		const figures = expectCitedFigures(structured);
		if (
			call.status === 'found' &&
			call.name !== 'search_areas' &&
			call.name !== 'list_sources' &&
			call.name !== 'get_help'
		) {
			expect(figures).toBeGreaterThan(0);
		}
		results.set(`${call.name} ${JSON.stringify(call.args)}`, result);
	}

	for (const call of BAD_CALLS) {
		const result = (await client.callTool({ name: call.name, arguments: call.args })) as CallToolResult;
		expect(result.isError, `${call.name} ${JSON.stringify(call.args)}`).toBe(true);
		const structured = expectHelp(result);
		expect(structured.status).toBe('error');
		expect(textOf(result)).not.toContain('xxxxxxxxxx');
	}
	return results;
}

/**
 * The test each transport that keeps one client for its file runs: {@link checkEveryTool} over that client.
 *
 * @param client - gives the client, connected in the file's `beforeAll`, when the test runs
 */
export function itChecksEveryTool(client: () => Client): void {
	it(
		'lists seven tools and answers each with help lines, citations and schema-valid structured content',
		async () => {
			await checkEveryTool(client());
		},
		EVERY_TOOL_TIMEOUT,
	);
}
