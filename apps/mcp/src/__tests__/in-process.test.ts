import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import {
	answerFigures,
	CAVEATS,
	compareAreas,
	createSignpost,
	DATA_PACKAGE_NAME,
	dataPackage,
	datasetJsonSchema,
	getDataset,
	getFigures,
	getSeries,
	listSources,
} from '@signpost-uk/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../packages/sdk/src/__tests__/support/parse-csv.js';
import { createSignpostMcpServer } from '../create-signpost-mcp-server.js';
import { ANSWER_PROMPT_NAME, DATA_PACKAGE_URI, RESOURCE_URIS } from '../index.js';
import { expectHelp, itChecksEveryTool, NUMBERS, textOf } from './support/tool-calls.js';

let client: Client;
let close: () => Promise<void>;

async function connect(server = createSignpostMcpServer()) {
	const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
	const connected = new Client({ name: 'signpost-test', version: '0.0.0' });
	await Promise.all([connected.connect(clientSide), server.connect(serverSide)]);
	return { client: connected, close: () => connected.close() };
}

async function call(name: string, args: Record<string, unknown>) {
	return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

beforeAll(async () => {
	({ client, close } = await connect());
});

afterAll(async () => {
	await close();
});

describe('the MCP server, in process over a linked transport', () => {
	itChecksEveryTool(() => client);

	it('gives the same figures, in the same order, as the SDK', async () => {
		const figures = await call('get_figures', { area: 'Derbyshire', year: '2016/17' });
		const answer = getFigures({ area: 'Derbyshire', year: '2016/17' });
		const structured = figures.structuredContent as Record<string, { id: string }[]>;
		const shown = ['figures', 'spanFigures', 'disputedPrevious', 'notComparedPrevious'].flatMap((key) =>
			(structured[key] ?? []).map((f) => f.id),
		);
		expect(shown).toEqual(answerFigures(answer).map((f) => f.figure.id));

		const series = await call('get_series', { area: 'Staffordshire' });
		const points = (series.structuredContent as { points: { figures: { valueText: string }[] }[] }).points;
		expect(points.flatMap((p) => p.figures.map((f) => f.valueText))).toEqual(
			answerFigures(getSeries({ area: 'Staffordshire' })).map((f) => f.valueText),
		);

		const compared = await call('compare_areas', { areas: ['Derbyshire', 'Staffordshire'], year: '2016/17' });
		const rows = (compared.structuredContent as { rows: { figures: { id: string }[] }[] }).rows;
		expect(rows.flatMap((r) => r.figures.map((f) => f.id))).toEqual(
			answerFigures(compareAreas({ areas: ['Derbyshire', 'Staffordshire'], year: '2016/17' })).map((f) => f.figure.id),
		);
	});

	it('writes the answer text with the SDK renderer: every figure with its source, quote and address', async () => {
		const result = await call('get_figures', { area: 'Derbyshire', year: '2016/17' });
		const text = textOf(result);
		const structured = result.structuredContent as {
			figures: { valueText: string; sources: { quote: string; url?: string }[] }[];
		};
		for (const figure of structured.figures) {
			expect(text).toContain(figure.valueText);
			const [first] = figure.sources;
			if (first?.url) expect(text).toContain(first.url);
		}
		expect(text).toContain(CAVEATS.notVictims);
		expect(text.trimEnd().split('\n').at(-1)).toMatch(/999/);
	});

	it('keeps a conflict between sources visible and computes no change from a disputed year', async () => {
		const result = await call('get_figures', { area: 'Derbyshire', year: '2016/17' });
		const structured = result.structuredContent as { disputedPrevious: { valueText: string; conflicts: unknown[] }[] };
		expect(structured.disputedPrevious.length).toBeGreaterThan(0);
		expect(structured.disputedPrevious.every((f) => f.conflicts.length > 0)).toBe(true);
	});

	it('marks computed changes as computed, in structured content and text', async () => {
		const result = await call('get_series', { area: 'Staffordshire' });
		const changes = (result.structuredContent as { changes: { computed: boolean }[] }).changes;
		expect(changes.length).toBeGreaterThan(0);
		expect(changes.every((c) => c.computed === true)).toBe(true);
		expect(textOf(result)).toContain('computed by Signpost');
	});

	it('takes the SDK’s filters: a breakdown, a range of years, a measure on comparisons and national figures', async () => {
		const ids = (result: CallToolResult) =>
			(expectHelp(result) as unknown as { figures: { id: string }[] }).figures.map((f) => f.id);
		expect(ids(await call('get_figures', { area: 'Wales', breakdown: { sex: 'girls' } }))).toEqual([
			'wales-2014-15-girls-the-wave',
		]);
		const series = await call('get_series', {
			area: 'Police Scotland',
			measure: 'communicating-indecently-with-a-child',
			from: '2019/20',
			breakdown: { ageBand: 'under 13' },
		});
		expect((expectHelp(series) as unknown as { points: { year: string }[] }).points.map((p) => p.year)).toEqual([
			'2019/20',
			'2020/21',
			'2021/22',
		]);
		const compared = await call('compare_areas', {
			areas: ['Derbyshire', 'Hampshire'],
			measure: 'grooming',
			year: '2022/23',
		});
		expect(expectHelp(compared)).toMatchObject({ measure: { id: 'sexual-communication-with-a-child' } });
		expect(ids(await call('get_national', { measure: 'sexual-communication-with-a-child', year: '2019/20' }))).toEqual([
			'uk-2019-20-scwc-archyde',
			'psni-2019-20-scwc',
		]);
		// An age band the dataset does not know: the SDK's invalid-query answer, a normal result with the help lines.
		const unknown = await call('get_figures', { area: 'Wales', breakdown: { ageBand: 'teenagers' } });
		expect(expectHelp(unknown)).toMatchObject({ status: 'not-found', reason: 'invalid-query' });
	});

	it('says "no published figure" as a normal result with its reason, never a tool error or an estimate', async () => {
		const result = await call('get_national', { year: '2010/11' });
		expect(result.isError ?? false).toBe(false);
		const structured = expectHelp(result);
		expect(structured).toMatchObject({ status: 'not-found', reason: 'no-published-figure' });
		expect(structured).not.toHaveProperty('figures');
	});

	it('explains bad input without repeating it, with the help lines', async () => {
		// Long text reaches the SDK (a person's message must reach its person check): an ordinary "no figure" answer for
		// an address. (In the first person, "i live at ...", it is a sentence about someone, and help first.)
		const long = 'Zorbly House, 4 High Street and Low Street '.repeat(3);
		const answered = await call('get_figures', { area: long });
		expect(answered.isError ?? false).toBe(false);
		expect(answered.structuredContent).toMatchObject({ status: 'not-found' });
		expect(JSON.stringify(answered)).not.toContain('Zorbly');
		expectHelp(answered);
		// Past the longest text any argument takes, a tool error naming the argument.
		const result = await call('get_figures', { area: long.repeat(20) });
		expect(result.isError).toBe(true);
		expect(textOf(result)).not.toContain('Zorbly');
		expect(textOf(result)).toMatch(/area/);
		expectHelp(result);
	});

	it('adds a topic service beside the three lines, never instead of them', async () => {
		const result = await call('get_help', { audience: 'child', topic: 'online-grooming' });
		const structured = expectHelp(result);
		expect(structured.help.services.map((s) => (s as { id: string }).id)).toEqual([
			'childline',
			'nspcc-helpline',
			'emergency',
			'ceop',
		]);
	});

	it('lists every source with its address and date', async () => {
		const result = await call('list_sources', {});
		const { sources } = result.structuredContent as { sources: { id: string; published: string }[] };
		expect(sources.map((s) => s.id)).toEqual(listSources().sources.map((s) => s.id));
	});

	it('serves the methodology (the SDK’s caveats, the help lines) and the dataset as resources', async () => {
		const { resources } = await client.listResources();
		expect(resources.map((r) => r.uri).filter((uri) => !uri.startsWith('signpost://datapackage/'))).toEqual(
			Object.values(RESOURCE_URIS),
		);

		const methodology = await client.readResource({ uri: RESOURCE_URIS.methodology });
		const text = String((methodology.contents[0] as { text: string }).text);
		for (const caveat of Object.values(CAVEATS)) expect(text).toContain(caveat);
		for (const measure of getDataset().measures) expect(text).toContain(measure.definition);
		for (const number of NUMBERS) expect(text).toContain(number);

		const dataset = await client.readResource({ uri: RESOURCE_URIS.dataset });
		const json = JSON.parse(String((dataset.contents[0] as { text: string }).text));
		expect(json.figures).toHaveLength(getDataset().figures.length);
		expect(json.help.services.slice(0, 3).map((s: { phone: string }) => s.phone)).toEqual([...NUMBERS]);
		// The resource is a dataset the SDK itself accepts.
		expect(createSignpost({ dataset: json }).getFigures({ area: 'Derbyshire', year: '2016/17' }).status).toBe(
			getFigures({ area: 'Derbyshire', year: '2016/17' }).status,
		);
	});

	it('serves the Data Package, file by file, exactly as the SDK writes it, with the help lines in its descriptor', async () => {
		const { help: _help, ...dataset } = getDataset();
		const files = dataPackage(dataset, datasetJsonSchema());
		const { resources } = await client.listResources();
		const packaged = resources.filter((r) => r.uri.startsWith('signpost://datapackage/'));
		expect(packaged.map((r) => r.uri)).toEqual(
			Object.keys(files)
				.sort()
				.map((file) => DATA_PACKAGE_URI.replace('{file}', file)),
		);
		expect(packaged.find((r) => r.uri.endsWith('/figures.csv'))?.mimeType).toBe('text/csv');
		const { resourceTemplates } = await client.listResourceTemplates();
		expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual([DATA_PACKAGE_URI]);

		const read = async (file: string) =>
			String(
				((await client.readResource({ uri: DATA_PACKAGE_URI.replace('{file}', file) })).contents[0] as { text: string })
					.text,
			);
		const descriptor = JSON.parse(await read('datapackage.json'));
		expect(descriptor).toMatchObject({ name: DATA_PACKAGE_NAME, version: dataset.version });
		expect(descriptor.help.map((h: { phone: string }) => h.phone)).toEqual([...NUMBERS]);
		for (const [file, text] of Object.entries(files)) expect(await read(file)).toBe(text);
		// One row per figure, after the header.
		expect(parseCsv(await read('figures.csv'))).toHaveLength(dataset.figures.length + 1);

		const missing = client.readResource({ uri: DATA_PACKAGE_URI.replace('{file}', 'nothing.csv') });
		await expect(missing).rejects.toThrow(/no such file/);
		await missing.catch((error: Error) => {
			for (const number of NUMBERS) expect(error.message).toContain(number);
		});
	});

	it('offers a prompt for a question about an area, with the safeguarding wording and the help lines', async () => {
		const { prompts } = await client.listPrompts();
		expect(prompts.map((p) => p.name)).toEqual([ANSWER_PROMPT_NAME]);
		const prompt = await client.getPrompt({
			name: ANSWER_PROMPT_NAME,
			arguments: { area: 'Notts', question: 'How many offences were recorded in 2016/17?' },
		});
		const content = prompt.messages[0]?.content;
		const text = content?.type === 'text' ? content.text : '';
		expect(text).toContain('Notts');
		expect(text).toContain(CAVEATS.notVictims);
		expect(text).toContain('offences recorded');
		for (const number of NUMBERS) expect(text).toContain(number);
	});

	it('answers from a dataset supplied with createSignpost', async () => {
		const own = await connect(createSignpostMcpServer({ signpost: createSignpost({ dataset: getDataset() }) }));
		const result = (await own.client.callTool({
			name: 'get_figures',
			arguments: { area: 'Derbyshire', year: '2016/17' },
		})) as CallToolResult;
		expect(result.structuredContent).toEqual(
			(await call('get_figures', { area: 'Derbyshire', year: '2016/17' })).structuredContent,
		);
		await own.close();
	});
});

describe('how a typed name became an area, in the structured content', () => {
	it('says a place is policed by its force on get_figures, and nothing for an exact name', async () => {
		const reading = (await call('get_figures', { area: 'Reading' })).structuredContent as Record<string, unknown>;
		expect(reading.area).toMatchObject({ id: 'thames-valley' });
		expect(reading.resolution).toEqual({
			kind: 'place',
			matched: 'Reading',
			note: 'Reading is policed by Thames Valley Police',
		});
		const exact = (await call('get_figures', { area: 'Derbyshire' })).structuredContent as Record<string, unknown>;
		expect(exact.resolution).toEqual({ kind: 'exact', matched: 'Derbyshire', note: '' });
	});

	it('gives compare_areas one resolution per name, in the order named', async () => {
		const result = await call('compare_areas', { areas: ['Hants', 'Reading', 'Derbyshre'], measure: 'grooming' });
		const structured = expectHelp(result);
		expect(structured.status).toBe('found');
		const resolutions = structured.resolutions as { kind: string; matched: string; note: string }[];
		expect(resolutions.map((r) => r.kind)).toEqual(['place', 'place', 'corrected']);
		expect(resolutions[0]?.note).toMatch(/Hampshire/);
		expect(resolutions[1]?.note).toBe('Reading is policed by Thames Valley Police');
		expect(resolutions[2]?.note).toBe('Showing Derbyshire Constabulary (spelling corrected)');
	});
});
