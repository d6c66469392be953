import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getBundledDataset, getSeries, seriesChart } from '@signpost-uk/domain';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { trendInteraction } from '../../__tests__/support/interactions.js';
import { preparedFiles } from '../../util/respond.js';
import { renderChartPng } from '../render-chart-png.js';
import { loadWasmChartRenderer } from '../render-chart-wasm.js';
import { withChartRenderer } from '../with-chart-renderer.js';
import { pngSize, UK_CHART } from './support/chart-reply.js';

// The Worker's chart renderer (resvg's WebAssembly build with the bundled font), loaded here in Node from the same
// files the Worker bundle carries: the npm package's .wasm and assets/fonts/dejavu-sans-subset.ttf.
const require = createRequire(import.meta.url);
const wasm = readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
const font = new Uint8Array(readFileSync(new URL('../../../assets/fonts/dejavu-sans-subset.ttf', import.meta.url)));

function ukChartSvg(): string {
	const answer = getSeries(getBundledDataset(), { area: 'UK' });
	if (answer.status !== 'found') throw new Error(`the UK series is ${answer.status}`);
	return seriesChart(answer.data).svg;
}

const contentOf = (response: unknown) => (response as { data: { content: string } }).data.content;

describe('the chart in WebAssembly', () => {
	it('draws the UK chart as a 760 × 520 PNG, byte for byte the PNG native resvg draws with the system font', async () => {
		const renderChart = await loadWasmChartRenderer(wasm, font);
		const svg = ukChartSvg();
		const png = renderChart(svg);
		expect(pngSize(png)).toEqual({ width: UK_CHART.width, height: UK_CHART.height });
		expect(png.length).toBeGreaterThan(5_000);
		expect(Buffer.from(png).equals(Buffer.from(renderChartPng(svg)))).toBe(true);
		// Loaded once: a second call gives the same renderer, and charts keep drawing (memory freed each time).
		expect(await loadWasmChartRenderer(wasm, font)).toBe(renderChart);
		expect(Buffer.from(renderChart(svg)).equals(Buffer.from(png))).toBe(true);
	});

	it('withChartRenderer: /trend through the core carries the chart, with the help lines', async () => {
		const handler = withChartRenderer(() => loadWasmChartRenderer(wasm, font), { handler: { rateLimit: false } });
		const response = await handler(trendInteraction('UK'));
		const [file] = preparedFiles((response as { data: unknown }).data);
		expect(file?.name).toBe(UK_CHART.name);
		expect(pngSize(file?.data ?? new Uint8Array())).toEqual({ width: UK_CHART.width, height: UK_CHART.height });
		for (const number of HELP_NUMBERS) expect(contentOf(response)).toContain(number);
	});

	it('withChartRenderer: a renderer that fails to load leaves the docs link, says so by error name, keeps help', async () => {
		const errors: unknown[] = [];
		const handler = withChartRenderer(() => Promise.reject(new RangeError('no memory for you')), {
			handler: { rateLimit: false },
			onError: (message, fields) => errors.push({ message, ...fields }),
		});
		const response = await handler(trendInteraction('UK'));
		expect(preparedFiles((response as { data: unknown }).data)).toHaveLength(0);
		expect(JSON.stringify(response)).toContain('page on the docs site');
		for (const number of HELP_NUMBERS) expect(contentOf(response)).toContain(number);
		expect(errors).toEqual([{ message: 'chart renderer unavailable', errorName: 'RangeError' }]);
	});
});
