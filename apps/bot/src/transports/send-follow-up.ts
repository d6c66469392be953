import { FOLLOW_UP_RETRY_MS } from '../util/constants.js';
import { preparedFiles } from '../util/respond.js';
import type { PendingFollowUp } from './answer-within-budget.js';
import { DEFAULT_API_BASE_URL } from './discord-api-base-url.js';
import { messageBody } from './message-body.js';

/** Options for {@link sendFollowUp}. */
export interface FollowUpOptions {
	/** Discord's REST API base URL (default `https://discord.com/api/v10`); tests point it at a local fake. */
	readonly apiBaseUrl?: string | undefined;
	/** The fetch to use (default the global one). */
	readonly fetch?: typeof fetch | undefined;
	/** The wait before the one retry after a 404 (default {@link FOLLOW_UP_RETRY_MS}). */
	readonly retryAfterMs?: number | undefined;
}

/** Thrown when Discord refuses a follow-up; carries the status only, never the body. */
export class FollowUpError extends Error {
	readonly status: number;

	constructor(status: number) {
		super(`Discord answered the follow-up with HTTP ${status}`);
		this.name = 'FollowUpError';
		this.status = status;
	}
}

/**
 * Waits for a deferred answer and PATCHes it over `@original` with fetch (as multipart when it carries files): how
 * the HTTP server and the Worker, which have no discord.js, send a follow-up. The interaction token authorises the
 * request, so no bot token is sent.
 * A 404 (the deferral not yet processed) is retried once after {@link FOLLOW_UP_RETRY_MS}. Rejects with
 * {@link FollowUpError} when Discord answers with anything else but 2xx.
 *
 * @example
 * ```ts
 * const { response, followUp } = await answerWithinBudget(interaction, handler);
 * if (followUp) ctx.waitUntil(sendFollowUp(followUp, { apiBaseUrl: 'https://discord.com/api/v10' }));
 * ```
 */
export async function sendFollowUp(followUp: PendingFollowUp, options: FollowUpOptions = {}): Promise<void> {
	const base = (options.apiBaseUrl ?? DEFAULT_API_BASE_URL).replace(/\/+$/, '');
	const send = options.fetch ?? fetch;
	const message = await followUp.body;
	// With files (the /trend chart), multipart: the JSON as payload_json beside them.
	const { contentType, body } = messageBody(JSON.stringify(message), preparedFiles(message));
	const patch = async (): Promise<number> => {
		const response = await send(`${base}${followUp.route}`, {
			method: 'PATCH',
			headers: { 'content-type': contentType },
			body,
		});
		// Drain the body so the connection can be reused; its content is not needed.
		await response.arrayBuffer().catch(() => undefined);
		return response.status;
	};
	let status = await patch();
	if (status === 404) {
		// The deferral this edits may not have been processed yet: wait once, then try again.
		await new Promise((resolve) => setTimeout(resolve, options.retryAfterMs ?? FOLLOW_UP_RETRY_MS));
		status = await patch();
	}
	if (status < 200 || status > 299) throw new FollowUpError(status);
}
