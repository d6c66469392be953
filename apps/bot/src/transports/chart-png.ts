import type { ChartRenderer } from '../pages/reply-context.js';

/** The width a chart is drawn at, in pixels: twice the SVG's 380 units, sharp in Discord's embed image. */
export const CHART_PNG_WIDTH = 760;

/** The face charts are drawn in on every transport: the system's on Node, the bundled subset in the Worker. */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** Where the renderer finds {@link CHART_FONT_FAMILY}: the system's fonts (Node), or font files' bytes (WebAssembly). */
export type ChartFonts = { readonly loadSystemFonts: true } | { readonly fontBuffers: Uint8Array[] };

/** What `@resvg/resvg-js` and `@resvg/resvg-wasm` both export as `Resvg` (the WebAssembly one also has `free`). */
export interface ResvgConstructor {
	new (svg: string, options: object): { render(): { asPng(): Uint8Array; free?(): void }; free?(): void };
}

/**
 * The one chart renderer of every transport: the SVG the docs site draws (the domain's `seriesChart`), rendered by
 * resvg at {@link CHART_PNG_WIDTH} pixels on white in {@link CHART_FONT_FAMILY}, whichever build of resvg draws it
 * (native on Node, WebAssembly in the Worker: the same PNG bytes). WebAssembly memory is freed after each chart.
 *
 * @example
 * ```ts
 * import { Resvg } from '@resvg/resvg-js';
 * const renderChart = chartRenderer(Resvg, { loadSystemFonts: true });
 * renderChart(seriesChart(series).svg); // PNG bytes, 760 × 520
 * ```
 */
export function chartRenderer(Resvg: ResvgConstructor, fonts: ChartFonts): ChartRenderer {
	const options = {
		fitTo: { mode: 'width', value: CHART_PNG_WIDTH },
		background: '#ffffff',
		font: { ...fonts, defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
	};
	return (svg) => {
		const resvg = new Resvg(svg, options);
		try {
			const image = resvg.render();
			try {
				return new Uint8Array(image.asPng());
			} finally {
				image.free?.();
			}
		} finally {
			resvg.free?.();
		}
	};
}
