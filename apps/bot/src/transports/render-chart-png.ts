import { Resvg } from '@resvg/resvg-js';
import type { ChartRenderer } from '../pages/reply-context.js';
import { chartRenderer } from './chart-png.js';

export { CHART_PNG_WIDTH } from './chart-png.js';

/**
 * Renders a chart's SVG to PNG bytes with native resvg (prebuilt for each platform as an npm package; Node only, so
 * only the gateway's and HTTP server's main loads it) and the system's DejaVu Sans. The Worker draws the same PNG
 * with resvg's WebAssembly build (`render-chart-wasm.ts`).
 *
 * @example
 * ```ts
 * const handler = createInteractionHandler({ renderChart: renderChartPng });
 * ```
 */
export const renderChartPng: ChartRenderer = chartRenderer(Resvg, { loadSystemFonts: true });
