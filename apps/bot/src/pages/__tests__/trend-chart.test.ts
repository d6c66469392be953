import { getBundledDataset, getSeries } from '@signpost-uk/domain';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { command, press } from '../../__tests__/support/interactions.js';
import { findButton } from '../../console/find-button.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { CHART_PNG_WIDTH, renderChartPng } from '../../transports/render-chart-png.js';
import { limitViolations } from '../../util/limit-violations.js';
import { preparedFiles } from '../../util/respond.js';

type Data = {
	content?: string;
	attachments?: { id: string; filename: string; description?: string }[];
	embeds?: { title?: string; description?: string; image?: { url: string } }[];
};

const dataset = getBundledDataset();
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('/trend area:UK', () => {
	const series = getSeries(dataset, { area: 'uk' });
	const held = series.status === 'found' ? series.data.points.map((p) => p.year) : [];

	it('holds seven years', () => {
		expect(held).toHaveLength(7);
	});

	it('shows every year held in the table, a disputed year as the range of its reports', () => {
		const handle = createInteractionHandler({ dataset, rateLimit: false });
		const response = handle(command('trend', { area: 'UK' }));
		expect(limitViolations(response)).toEqual([]);
		const data = (response as { data: Data }).data;
		const description = data.embeds?.[0]?.description ?? '';
		for (const year of held) expect(description).toContain(`- ${year}: **`);
		expect(description).toMatch(/\*\*[\d,]+ to [\d,]+\*\* \(\d reports that disagree\)/);
		// Without a renderer (HTTP server, Worker) the reply says where to see the chart.
		expect(description).toContain('The chart of these figures is on [UK');
		expect(data.attachments).toBeUndefined();
		for (const number of HELP_NUMBERS) expect(data.content).toContain(number);
	});

	it('carries the chart as a PNG, with alt text naming every year and value, when the transport can upload it', () => {
		const handle = createInteractionHandler({ dataset, rateLimit: false, renderChart: renderChartPng });
		const response = handle(command('trend', { area: 'UK' }));
		expect(limitViolations(response)).toEqual([]);
		const data = (response as { data: Data }).data;
		const [file] = preparedFiles(data);
		expect(file?.name).toBe('trend-uk-child-sexual-offences.png');
		const png = file?.data ?? new Uint8Array();
		expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
		const size = pngSize(png);
		expect(size.width).toBe(CHART_PNG_WIDTH);
		expect(size.height).toBe(520);
		expect(png.byteLength).toBeGreaterThan(15_000);
		expect(png.byteLength).toBeLessThan(200_000);
		expect(data.attachments).toEqual([{ id: '0', filename: file?.name, description: file?.description }]);
		expect(data.embeds?.[0]?.image?.url).toBe(`attachment://${file?.name}`);
		const alt = file?.description ?? '';
		for (const year of held) expect(alt).toContain(year);
		if (series.status === 'found')
			for (const point of series.data.points) for (const f of point.figures) expect(alt).toContain(f.valueText);
		// The JSON body carries no bytes: the gateway uploads them beside it.
		expect(JSON.stringify(response).length).toBeLessThan(png.byteLength);
	});

	it('keeps the chart out of pages and button replies other than the first page', () => {
		const handle = createInteractionHandler({ dataset, rateLimit: false, renderChart: renderChartPng });
		const first = handle(command('trend', { area: 'UK' }));
		const sources = handle(press(findButton(first, 'sources')?.customId));
		expect(sources.type).toBe(7);
		expect(preparedFiles((sources as { data: Data }).data)).toEqual([]);
	});
});
