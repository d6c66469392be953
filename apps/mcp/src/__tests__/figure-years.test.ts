// Every figure with its year (issue 24): for every area, with no measure named and with each measure, `get_figures`
// answers over a linked transport; its text names each figure's year where the heading's is another, and its
// structured content gives the heading's year and each figure's own period.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { figureYearProblems } from '@signpost-uk/domain/testing';
import { answerFigures, getDataset, getFigures } from '@signpost-uk/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignpostMcpServer } from '../create-signpost-mcp-server.js';
import { textOf } from './support/tool-calls.js';

let client: Client;

beforeAll(async () => {
	const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
	client = new Client({ name: 'signpost-test', version: '0.0.0' });
	await Promise.all([client.connect(clientSide), createSignpostMcpServer().connect(serverSide)]);
});

afterAll(async () => {
	await client.close();
});

const dataset = getDataset();
const asked = dataset.areas.flatMap((a) =>
	[undefined, ...dataset.measures.map((m) => m.id)].map((m): [string, string | undefined] => [a.id, m]),
);

/** The structured figures of a `get_figures` result, wherever they are listed, with the year they are shown under. */
interface Structured {
	readonly year: string;
	readonly figures: readonly { readonly id: string; readonly period: string }[];
	readonly spanFigures?: readonly { readonly id: string; readonly period: string }[];
}

describe('get_figures names every figure’s year where the heading’s is another', () => {
	it.each(asked)('%s, measure %s', async (area, measure) => {
		const answer = getFigures({ area, measure });
		if (answer.status !== 'found') return;
		const result = (await client.callTool({
			name: 'get_figures',
			arguments: { area, ...(measure ? { measure } : {}) },
		})) as CallToolResult;
		expect(figureYearProblems(answer, textOf(result))).toEqual([]);
		const structured = result.structuredContent as unknown as Structured;
		expect(structured.year).toBe(answer.data.year);
		const periods = new Map(answerFigures(answer).map((f) => [f.figure.id, f.period]));
		for (const f of [...structured.figures, ...(structured.spanFigures ?? [])])
			expect(f.period).toBe(periods.get(f.id));
	});
});
