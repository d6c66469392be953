import { createRequire } from 'node:module';
import type { ChartRenderer } from '../pages/reply-context.js';
import { chartRenderer } from './chart-png.js';

export { CHART_PNG_WIDTH } from './chart-png.js';

/** The native renderer, made on the first chart: loading resvg (its binary and the system's fonts) is not start-up work. */
let render: ChartRenderer | undefined;

/**
 * Renders a chart's SVG to PNG bytes with native resvg (prebuilt for each platform as an npm package; Node only, so
 * only the gateway's and HTTP server's main uses it) and the system's DejaVu Sans. resvg is loaded on the first
 * chart, not at start: a cold start that answers no `/trend` never loads its native binary (about 10 ms and 5 MB at
 * rest, `BENCHMARKS.md`). The Worker draws the same PNG with resvg's WebAssembly build (`render-chart-wasm.ts`).
 *
 * @example
 * ```ts
 * const handler = createInteractionHandler({ renderChart: renderChartPng });
 * ```
 */
export const renderChartPng: ChartRenderer = (svg) => {
	if (!render) {
		const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
		render = chartRenderer(Resvg, { loadSystemFonts: true });
	}
	return render(svg);
};
