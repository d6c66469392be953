import type { APIInteraction } from 'discord-api-types/v10';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import {
	answerWithinBudget,
	type BudgetOptions,
	type MaybeAsyncInteractionHandler,
	type PendingFollowUp,
} from './answer-within-budget.js';
import { type PublicKey, type SignatureFailure, type SignedRequest, verifySignature } from './verify-signature.js';

/** What a transport sends back over HTTP, plus what it may log (never the body). */
export interface SignedRequestResult {
	readonly status: number;
	/** JSON text. */
	readonly body: string;
	/** The slash command's name, when the request was a verified command or autocomplete. */
	readonly command?: string;
	/** `pong`, `answered`, `deferred` (the body is a type-5 response), a {@link SignatureFailure}, or `malformed-body`. */
	readonly outcome: 'pong' | 'answered' | 'deferred' | 'malformed-body' | SignatureFailure;
	/** When deferred: the follow-up to send (with `sendFollowUp`) once this body has been answered. */
	readonly followUp?: PendingFollowUp;
}

const UNAUTHORIZED = JSON.stringify({ error: 'invalid request signature' });
const BAD_REQUEST = JSON.stringify({ error: 'malformed interaction' });

function commandName(interaction: APIInteraction): string | undefined {
	if (
		interaction.type === InteractionType.ApplicationCommand ||
		interaction.type === InteractionType.ApplicationCommandAutocomplete
	) {
		return interaction.data.name;
	}
	return undefined;
}

function isInteraction(value: unknown): value is APIInteraction {
	return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'number';
}

/**
 * The part of the HTTP interactions endpoint that the Node server and the Worker share: verify the signature over
 * the raw bytes first (401 on any failure), only then parse; PING gets PONG; anything else goes to the handler
 * through {@link answerWithinBudget}, so a slow answer is deferred and comes back as `followUp`.
 *
 * @example
 * ```ts
 * const result = await answerSignedRequest(key, { signature, timestamp, body }, handleInteraction);
 * response.writeHead(result.status, { 'content-type': 'application/json' }).end(result.body);
 * if (result.followUp) await sendFollowUp(result.followUp);
 * ```
 */
export async function answerSignedRequest(
	key: PublicKey,
	request: SignedRequest,
	handler: MaybeAsyncInteractionHandler,
	now: () => number = Date.now,
	budget: BudgetOptions = {},
): Promise<SignedRequestResult> {
	const check = await verifySignature(key, request, now);
	if (!check.ok) return { status: 401, body: UNAUTHORIZED, outcome: check.reason };
	let interaction: unknown;
	try {
		interaction = JSON.parse(new TextDecoder().decode(request.body));
	} catch {
		return { status: 400, body: BAD_REQUEST, outcome: 'malformed-body' };
	}
	if (!isInteraction(interaction)) return { status: 400, body: BAD_REQUEST, outcome: 'malformed-body' };
	if (interaction.type === InteractionType.Ping) {
		return { status: 200, body: JSON.stringify({ type: InteractionResponseType.Pong }), outcome: 'pong' };
	}
	const { response, followUp } = await answerWithinBudget(interaction, handler, budget);
	const command = commandName(interaction);
	return {
		status: 200,
		body: JSON.stringify(response),
		outcome: followUp ? 'deferred' : 'answered',
		...(command === undefined ? {} : { command }),
		...(followUp ? { followUp } : {}),
	};
}
