// A Worker entry for the workerd suite: the real createWorker and core (charts drawn by resvg's WebAssembly build, as
// in dist/worker.mjs), behind a handler that answers slowly (after 300 ms), with a deferral budget of 50 ms, so that
// workerd itself defers and sends the follow-up.
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import chartFont from '../../../../assets/fonts/dejavu-sans-subset.ttf';
import { loadWasmChartRenderer } from '../../render-chart-wasm.js';
import { withChartRenderer } from '../../with-chart-renderer.js';
import { createWorker } from '../../worker.js';

const core = withChartRenderer(() => loadWasmChartRenderer(resvgWasm, chartFont), { handler: { rateLimit: false } });

export default createWorker(
	async (interaction) => {
		await new Promise((resolve) => setTimeout(resolve, 300));
		return core(interaction);
	},
	Date.now,
	{ deferAfterMs: 50 },
);
