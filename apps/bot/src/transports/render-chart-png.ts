import { Resvg } from '@resvg/resvg-js';

/** The width a chart is drawn at, in pixels: twice the SVG's 380 units, sharp in Discord's embed image. */
export const CHART_PNG_WIDTH = 760;

/**
 * Renders a chart's SVG to PNG bytes with resvg (prebuilt for each platform as an npm package; Node only, so only the
 * gateway, which can upload files, loads it). The SVG carries its own colours; system fonts draw its text.
 *
 * @example
 * ```ts
 * const handler = createInteractionHandler({ renderChart: renderChartPng });
 * ```
 */
export function renderChartPng(svg: string): Uint8Array {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: CHART_PNG_WIDTH },
		background: '#ffffff',
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
	});
	return new Uint8Array(resvg.render().asPng());
}
