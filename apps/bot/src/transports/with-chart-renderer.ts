import {
	createInteractionHandler,
	type InteractionHandler,
	type InteractionHandlerOptions,
} from '../core/create-interaction-handler.js';
import type { ChartRenderer } from '../pages/reply-context.js';
import type { MaybeAsyncInteractionHandler } from './answer-within-budget.js';
import { errorName } from './log-safely.js';

/** Options for {@link withChartRenderer}. */
export interface ChartingOptions {
	/** The core's other options (the chart renderer is the loaded one). */
	readonly handler?: Omit<InteractionHandlerOptions, 'renderChart'>;
	/** Told when the renderer failed to load (the error's name only). Default: `console.error`, as JSON. */
	readonly onError?: (message: string, fields: Readonly<Record<string, unknown>>) => void;
}

const logError: NonNullable<ChartingOptions['onError']> = (message, fields) =>
	console.error(JSON.stringify({ message, ...fields }));

/**
 * The core with a chart renderer that loads asynchronously (the Worker's WebAssembly, instantiated on the first
 * interaction, once per isolate). Should the renderer fail to load, the core answers without it (a `/trend` reply
 * then links to the chart on the docs site) and `onError` is told the error's name.
 *
 * @example
 * ```ts
 * export default createWorker(withChartRenderer(() => loadWasmChartRenderer(resvgWasm, chartFont)));
 * ```
 */
export function withChartRenderer(
	load: () => Promise<ChartRenderer>,
	options: ChartingOptions = {},
): MaybeAsyncInteractionHandler {
	const { handler = {}, onError = logError } = options;
	let core: Promise<InteractionHandler> | undefined;
	return async (interaction) => {
		core ??= load().then(
			(renderChart) => createInteractionHandler({ ...handler, renderChart }),
			(error: unknown) => {
				try {
					onError('chart renderer unavailable', { errorName: errorName(error) });
				} catch {
					// A failing log must not cost the reply.
				}
				return createInteractionHandler(handler);
			},
		);
		return (await core)(interaction);
	};
}
