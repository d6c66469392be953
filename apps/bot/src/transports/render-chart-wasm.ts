import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { ChartRenderer } from '../pages/reply-context.js';
import { chartRenderer } from './chart-png.js';

let loaded: Promise<ChartRenderer> | undefined;

/**
 * The chart renderer on resvg's WebAssembly build, for the Worker (which runs no native code and has no system
 * fonts): the same {@link chartRenderer} as Node, with the font's bytes given. `wasm` is the compiled module (a
 * Worker imports `.wasm` as a `WebAssembly.Module`) or its bytes (Node, tests). The module is instantiated once;
 * later calls get the same renderer, and a failed load is tried again on the next call.
 *
 * @example
 * ```ts
 * import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
 * import chartFont from '../../assets/fonts/dejavu-sans-subset.ttf';
 * const renderChart = await loadWasmChartRenderer(resvgWasm, chartFont);
 * ```
 */
export function loadWasmChartRenderer(
	wasm: WebAssembly.Module | ArrayBufferView | ArrayBuffer,
	font: Uint8Array,
): Promise<ChartRenderer> {
	loaded ??= initWasm(wasm).then(
		() => chartRenderer(Resvg, { fontBuffers: [font] }),
		(error: unknown) => {
			loaded = undefined;
			throw error;
		},
	);
	return loaded;
}
