import { selectHelp } from '@signpost-uk/domain';
import { type APIInteraction, InteractionType } from 'discord-api-types/v10';
import { correlationId } from '../core/correlation-id.js';
import { repliesPrivately } from '../core/interaction-summary.js';
import { internalErrorDraft } from '../core/internal-error-draft.js';
import { DEFER_AFTER_MS, FOLLOW_UP_DEADLINE_MS } from '../util/constants.js';
import {
	followUpFrom,
	type PreparedFollowUp,
	type PreparedResponse,
	prepareAutocomplete,
	prepareDeferred,
	prepareFollowUp,
	prepareResponse,
} from '../util/respond.js';
import { errorName } from './log-safely.js';

/** What the transports accept: the core itself, or anything that answers through it, now or later. */
export type MaybeAsyncInteractionHandler = (
	interaction: APIInteraction,
) => PreparedResponse | Promise<PreparedResponse>;

/** What is passed to {@link BudgetOptions.onError}: the id quoted in the reply, never the interaction. */
export interface HandlerFailure {
	readonly correlationId: string;
	/** True when the failure arrived after the deferred response was sent, so it goes out as the follow-up. */
	readonly deferred: boolean;
	/**
	 * `handler-failed` (threw or rejected), `not-a-message` (a deferred answer that was not a message reply) or
	 * `timed-out` (a deferred answer that had not arrived by the follow-up deadline).
	 */
	readonly reason: 'handler-failed' | 'not-a-message' | 'timed-out';
	/** The error's name only: a message could quote what the user typed. */
	readonly errorName?: string;
}

/** Options for {@link answerWithinBudget}. */
export interface BudgetOptions {
	/** How long to wait before deferring (default {@link DEFER_AFTER_MS}). */
	readonly budgetMs?: number;
	/** How long a deferred answer may take before the follow-up is the internal error (default {@link FOLLOW_UP_DEADLINE_MS}). */
	readonly followUpDeadlineMs?: number;
	/** Told about a handler that failed, with the correlation id quoted in the reply. */
	readonly onError?: (failure: HandlerFailure) => void;
}

/** A deferred answer: where to PATCH it and the body, which never rejects. */
export interface PendingFollowUp {
	/** `/webhooks/{application_id}/{token}/messages/@original`, relative to the API base URL. */
	readonly route: `/webhooks/${string}`;
	/** The follow-up body, made by `util/respond.ts`: the answer, or an internal error; both carry the help lines. */
	readonly body: Promise<PreparedFollowUp>;
}

/** What a transport sends first, and, when it deferred, what it sends once the answer arrives. */
export interface BudgetedAnswer {
	/** The initial response: the answer itself, or a deferral (type 5). */
	readonly response: PreparedResponse;
	/** Present only when `response` is a deferral. */
	readonly followUp?: PendingFollowUp;
}

type Settled =
	| { readonly ok: true; readonly response: PreparedResponse }
	| { readonly ok: false; readonly error: unknown };

const LATE = Symbol('late');
const TIMED_OUT = Symbol('timed-out');

/** Only a slash command with the ids to edit its reply later can be deferred; anything else waits for its answer. */
function deferralTarget(interaction: APIInteraction): { applicationId: string; token: string } | undefined {
	if (interaction.type !== InteractionType.ApplicationCommand) return undefined;
	const { application_id: applicationId, token } = interaction as { application_id?: unknown; token?: unknown };
	if (typeof applicationId !== 'string' || typeof token !== 'string' || !applicationId || !token) return undefined;
	return { applicationId, token };
}

/**
 * Answers an interaction within Discord's 3-second window. The handler (sync or async) races a budget: an answer
 * ready in time is the initial response; otherwise the initial response is a deferral (type 5, ephemeral when the
 * reply will be, by `repliesPrivately`) and `followUp` carries the route and the body to PATCH once the answer
 * arrives, or the internal-error message if it has not arrived by the follow-up deadline (so "thinking…" never
 * hangs). A handler that throws or rejects gets the internal-error message, with the help lines and a correlation
 * id passed to `onError`, as the initial response or as the follow-up. Every body is made by `util/respond.ts`.
 * Only slash commands are deferred; autocomplete and anything else wait for the answer.
 *
 * @example
 * ```ts
 * const { response, followUp } = await answerWithinBudget(interaction, handler, { onError: (f) => log.error('failed', f) });
 * await rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: response });
 * if (followUp) await rest.patch(followUp.route, { body: await followUp.body });
 * ```
 */
export async function answerWithinBudget(
	interaction: APIInteraction,
	handler: MaybeAsyncInteractionHandler,
	options: BudgetOptions = {},
): Promise<BudgetedAnswer> {
	const settled: Promise<Settled> = (async () => handler(interaction))().then(
		(response) => ({ ok: true, response }),
		(error: unknown) => ({ ok: false, error }),
	);
	const fail = (reason: HandlerFailure['reason'], deferred: boolean, error?: unknown): string => {
		const id = correlationId();
		try {
			options.onError?.({
				correlationId: id,
				deferred,
				reason,
				...(error === undefined ? {} : { errorName: errorName(error) }),
			});
		} catch {
			// A failing log must not cost the user their answer.
		}
		return id;
	};
	const target = deferralTarget(interaction);
	if (!target) {
		const result = await settled;
		if (result.ok) return { response: result.response };
		const id = fail('handler-failed', false, result.error);
		return {
			response:
				interaction.type === InteractionType.ApplicationCommandAutocomplete
					? prepareAutocomplete([])
					: prepareResponse(internalErrorDraft(id), selectHelp()),
		};
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<typeof LATE>((resolve) => {
		timer = setTimeout(() => resolve(LATE), options.budgetMs ?? DEFER_AFTER_MS);
	});
	const first = await Promise.race([settled, late]);
	clearTimeout(timer);
	if (first !== LATE) {
		if (first.ok) return { response: first.response };
		return {
			response: prepareResponse(internalErrorDraft(fail('handler-failed', false, first.error)), selectHelp()),
		};
	}
	const ephemeral = repliesPrivately(interaction);
	let deadline: ReturnType<typeof setTimeout> | undefined;
	const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
		deadline = setTimeout(() => resolve(TIMED_OUT), options.followUpDeadlineMs ?? FOLLOW_UP_DEADLINE_MS);
	});
	const body = Promise.race([settled, timedOut]).then((result): PreparedFollowUp => {
		clearTimeout(deadline);
		if (result === TIMED_OUT) return prepareFollowUp(internalErrorDraft(fail('timed-out', true)), selectHelp());
		if (result.ok) {
			const followUp = followUpFrom(result.response);
			if (followUp) return followUp;
			return prepareFollowUp(internalErrorDraft(fail('not-a-message', true)), selectHelp());
		}
		return prepareFollowUp(internalErrorDraft(fail('handler-failed', true, result.error)), selectHelp());
	});
	return {
		response: prepareDeferred({ ephemeral }),
		followUp: { route: `/webhooks/${target.applicationId}/${target.token}/messages/@original`, body },
	};
}
