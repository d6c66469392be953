import type { APIInteraction } from 'discord-api-types/v10';
import { createInteractionHandler, type InteractionHandler } from '../../../core/create-interaction-handler.js';
import type { PreparedResponse } from '../../../util/respond.js';

/** An async handler that answers only when the test says so: slow by construction, not by the clock. */
export interface GatedHandler {
	readonly handler: (interaction: APIInteraction) => Promise<PreparedResponse>;
	/** How many interactions have reached the handler. */
	readonly calls: () => number;
	/** Lets every waiting and future call answer through the core. */
	release(): void;
	/** Makes every waiting and future call reject with this error. */
	fail(error: unknown): void;
}

/**
 * Wraps the core in a gate. With a deferral budget of a millisecond the transport always defers, because the
 * answer cannot exist before {@link GatedHandler.release}; no assertion depends on how fast the machine is.
 */
export function gatedHandler(core: InteractionHandler = createInteractionHandler({ rateLimit: false })): GatedHandler {
	let open: () => void = () => {};
	let shut: (error: unknown) => void = () => {};
	const gate = new Promise<void>((resolve, reject) => {
		open = resolve;
		shut = reject;
	});
	gate.catch(() => {});
	let count = 0;
	return {
		handler: async (interaction) => {
			count += 1;
			await gate;
			return core(interaction);
		},
		calls: () => count,
		release: () => open(),
		fail: (error) => shut(error),
	};
}
