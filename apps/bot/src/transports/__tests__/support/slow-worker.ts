// A Worker entry for the workerd suite: the real createWorker and core, behind a handler that answers slowly
// (after 300 ms), with a deferral budget of 50 ms, so that workerd itself defers and sends the follow-up.
import { createInteractionHandler } from '../../../core/create-interaction-handler.js';
import { createWorker } from '../../worker.js';

const core = createInteractionHandler({ rateLimit: false });

export default createWorker(
	async (interaction) => {
		await new Promise((resolve) => setTimeout(resolve, 300));
		return core(interaction);
	},
	Date.now,
	{ deferAfterMs: 50 },
);
