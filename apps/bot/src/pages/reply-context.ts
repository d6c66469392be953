import type { Dataset, Locale, Signposting } from '@signpost-uk/domain';

/** Renders an SVG document to PNG bytes (`transports/chart-png.ts`: native resvg on Node, WebAssembly in the Worker). */
export type ChartRenderer = (svg: string) => Uint8Array;

/** What every reply is built from: the dataset, the help to attach, the docs site's address and the chart renderer. */
export interface ReplyContext {
	readonly dataset: Dataset;
	readonly help: Signposting;
	/** The docs site's base address, without a trailing slash ("https://signpost.example.org"). */
	readonly docsBaseUrl: string;
	/** When set, `/trend` replies carry the chart as a PNG; otherwise they link to the chart on the docs site. */
	readonly renderChart?: ChartRenderer | undefined;
	/** The language of Signpost's own sentences in the reply (default English): a Welsh command, or locale `cy`. */
	readonly locale?: Locale | undefined;
}
