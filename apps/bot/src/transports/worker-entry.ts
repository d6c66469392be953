import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import chartFont from '../../assets/fonts/dejavu-sans-subset.ttf';
import { loadWasmChartRenderer } from './render-chart-wasm.js';
import { withChartRenderer } from './with-chart-renderer.js';
import { createWorker } from './worker.js';

/**
 * The Worker as deployed (`dist/worker.mjs`, with `dist/resvg.wasm` beside it): {@link createWorker} over the core,
 * whose `/trend` replies carry the chart as a PNG drawn by resvg's WebAssembly build with the bundled DejaVu Sans
 * (`assets/fonts/`), the same PNG the Node transports draw.
 *
 * @example
 * ```toml
 * # wrangler.toml
 * main = "dist/worker.mjs"
 * ```
 */
export default createWorker(withChartRenderer(() => loadWasmChartRenderer(resvgWasm, chartFont)));
