import { selectHelp } from '@signpost-uk/domain';
import type { APIInteraction } from 'discord-api-types/v10';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { correlationId } from '../core/correlation-id.js';
import { loggableCommand } from '../core/interaction-summary.js';
import { internalErrorDraft } from '../core/internal-error-draft.js';
import { type FileDraft, preparedFiles, prepareResponse } from '../util/respond.js';
import {
	answerWithinBudget,
	type BudgetOptions,
	type MaybeAsyncInteractionHandler,
	type PendingFollowUp,
} from './answer-within-budget.js';
import { errorBody } from './error-body.js';
import { type PublicKey, type SignatureFailure, type SignedRequest, verifySignature } from './verify-signature.js';

/** What a transport sends back over HTTP, plus what it may log (never the body). */
export interface SignedRequestResult {
	readonly status: number;
	/** JSON text; an error body carries the help lines too. */
	readonly body: string;
	/**
	 * For a verified command or autocomplete: one of the bot's command names, or `unknown`. Never anything else the
	 * payload contains, so it is always safe to log.
	 */
	readonly command?: string;
	/** `pong`, `answered`, `deferred` (the body is a type-5 response), a {@link SignatureFailure}, or `malformed-body`. */
	readonly outcome: 'pong' | 'answered' | 'deferred' | 'malformed-body' | SignatureFailure;
	/** When deferred: the follow-up to send (with `sendFollowUp`) once this body has been answered. */
	readonly followUp?: PendingFollowUp;
	/** The files the answer carries (the `/trend` chart), to send beside `body` as multipart; absent when none. */
	readonly files?: readonly FileDraft[];
}

const UNAUTHORIZED = errorBody('invalid request signature');
const BAD_REQUEST = errorBody('malformed interaction');

/**
 * The shape every interaction has before any handler sees it: an object with an integer `type`, and, unless it is a
 * PING, a `data` object. Anything else is malformed (400), however well signed.
 */
function isInteraction(value: unknown): value is APIInteraction {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const { type, data } = value as { type?: unknown; data?: unknown };
	if (typeof type !== 'number' || !Number.isInteger(type)) return false;
	if (type === InteractionType.Ping) return true;
	return typeof data === 'object' && data !== null && !Array.isArray(data);
}

const decoder = new TextDecoder();

function parse(body: Uint8Array): unknown {
	try {
		return JSON.parse(decoder.decode(body));
	} catch {
		return undefined;
	}
}

/**
 * The part of the HTTP interactions endpoint that the Node server and the Worker share: verify the signature over
 * the raw bytes first (401 on any failure), only then parse; a payload that is not an interaction gets 400; PING
 * gets PONG; anything else goes to the handler through {@link answerWithinBudget}, so a slow answer is deferred and
 * comes back as `followUp`. Never rejects: whatever the handler does, the body is a reply with the help lines.
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
	const interaction = parse(request.body);
	if (!isInteraction(interaction)) return { status: 400, body: BAD_REQUEST, outcome: 'malformed-body' };
	if (interaction.type === InteractionType.Ping) {
		return { status: 200, body: JSON.stringify({ type: InteractionResponseType.Pong }), outcome: 'pong' };
	}
	const command = loggableCommand(interaction);
	const named = command === undefined ? {} : { command };
	try {
		const { response, followUp } = await answerWithinBudget(interaction, handler, budget);
		const files = 'data' in response ? preparedFiles(response.data) : [];
		return {
			status: 200,
			body: JSON.stringify(response),
			outcome: followUp ? 'deferred' : 'answered',
			...named,
			...(followUp ? { followUp } : {}),
			...(files.length ? { files } : {}),
		};
	} catch {
		// Only a reply that cannot be written as JSON gets here (answerWithinBudget catches the handler's failures).
		const id = correlationId();
		try {
			budget.onError?.({ correlationId: id, deferred: false, reason: 'handler-failed' });
		} catch {
			// A failing log must not cost the user their answer.
		}
		const reply = prepareResponse(internalErrorDraft(id), selectHelp());
		return { status: 200, body: JSON.stringify(reply), outcome: 'answered', ...named };
	}
}
