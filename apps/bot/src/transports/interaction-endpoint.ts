import type { APIInteraction } from 'discord-api-types/v10';
import { loggableCommand } from '../core/interaction-summary.js';
import type { PreparedFollowUp, PreparedResponse } from '../util/respond.js';
import { answerSignedRequest, type SignedRequestResult } from './answer-signed-request.js';
import {
	answerWithinBudget,
	type BudgetOptions,
	type HandlerFailure,
	type MaybeAsyncInteractionHandler,
	type PendingFollowUp,
} from './answer-within-budget.js';
import { errorName } from './log-safely.js';
import { messageBody } from './message-body.js';
import { sendFollowUp } from './send-follow-up.js';
import type { PublicKey, SignedRequest } from './verify-signature.js';

/** Where an endpoint's log lines go; it is called inside a `try`, so a logger that throws costs nothing. */
export type EndpointLog = (level: 'info' | 'error', message: string, fields: Readonly<Record<string, unknown>>) => void;

/** A deferred answer, ready to be sent over the original response. */
export interface ReadyFollowUp {
	/** `/webhooks/{application_id}/{token}/messages/@original`, relative to the API base URL. */
	readonly route: PendingFollowUp['route'];
	/** Made by `util/respond.ts`: the answer or the internal error, with the help lines; may carry files. */
	readonly body: PreparedFollowUp;
}

/** The one options type of every transport: what answering an interaction needs, wherever its bytes come from. */
export interface EndpointOptions {
	/** The core, or anything answering through it; a slow (async) answer is deferred and sent as a follow-up. */
	readonly handler: MaybeAsyncInteractionHandler;
	/** The application's public key (`importPublicKey`), for {@link InteractionEndpoint.answerSigned}. */
	readonly publicKey?: PublicKey;
	readonly log?: EndpointLog;
	/** Put before the follow-up log lines' messages: `http` gives `http follow-up`, `http follow-up failed`. */
	readonly logPrefix?: string;
	/** The clock the signature's timestamp is checked against. */
	readonly now?: () => number;
	/** How long to wait for an answer before deferring (default `DEFER_AFTER_MS`, 2 seconds). */
	readonly deferAfterMs?: number;
	/** Where follow-ups are PATCHed by the default sender (default `https://discord.com/api/v10`). */
	readonly apiBaseUrl?: string | undefined;
	/** The fetch the default sender uses (default the global one). */
	readonly fetch?: typeof fetch;
	/** Sends a follow-up (default: a fetch PATCH, multipart when it carries files, by `sendFollowUp`). */
	readonly sendFollowUp?: (followUp: ReadyFollowUp) => Promise<void>;
}

/** The HTTP reply to a signed request, as an adapter writes it, with what it may log (never the body). */
export interface HttpReply {
	readonly status: number;
	readonly contentType: string;
	/** JSON text, or multipart bytes when the answer carries files; an error body carries the help lines too. */
	readonly body: string | Uint8Array;
	readonly outcome: SignedRequestResult['outcome'];
	/** One of the bot's command names, or `unknown`: safe to log. */
	readonly command?: string;
}

/** What every transport calls: bytes (or a gateway payload) in, replies out through the adapter's callback. */
export interface InteractionEndpoint {
	/**
	 * Verifies, parses and answers a signed request: `respond` gets the reply (it may return a promise that settles
	 * once the reply is out); a deferred answer's follow-up is sent after it. Resolves once all of that is done;
	 * rejects only when the endpoint was made without a `publicKey`.
	 */
	answerSigned(request: SignedRequest, respond: (reply: HttpReply) => unknown): Promise<void>;
	/**
	 * Answers an interaction that needs no signature (the gateway's): `respond` sends the initial response, then a
	 * deferred answer's follow-up is sent. Resolves once all of that is done; never rejects.
	 */
	answerInteraction(interaction: APIInteraction, respond: (response: PreparedResponse) => unknown): Promise<void>;
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;

/** The options' log, made safe to call anywhere: a logger that throws is ignored. */
function safeLog(log: EndpointLog | undefined): EndpointLog {
	return (level, message, fields) => {
		try {
			log?.(level, message, fields);
		} catch {
			// A log line is worth less than the reply.
		}
	};
}

/** The default follow-up sender: a fetch PATCH over `@original`, from {@link EndpointOptions}. */
function fetchFollowUp(options: EndpointOptions): (followUp: ReadyFollowUp) => Promise<void> {
	const sendOptions = { apiBaseUrl: options.apiBaseUrl, fetch: options.fetch };
	return (followUp) => sendFollowUp({ route: followUp.route, body: Promise.resolve(followUp.body) }, sendOptions);
}

/**
 * The one transport contract: verify → parse → handle → defer-then-follow-up, within Discord's response budget,
 * written once for the HTTP server, the Worker and the gateway, which only translate bytes in and out. A handler's
 * failure is logged as `interaction failed` (correlation id only); a follow-up as `<prefix> follow-up`, or `<prefix>
 * follow-up failed` with the error's name; a reply the adapter could not send as `<prefix> interaction callback
 * failed`. Nothing a user typed is logged.
 *
 * @example
 * ```ts
 * const endpoint = createInteractionEndpoint({ publicKey, handler: handleInteraction, logPrefix: 'http' });
 * await endpoint.answerSigned({ signature, timestamp, body }, (reply) => write(reply.status, reply.body));
 * ```
 */
export function createInteractionEndpoint(options: EndpointOptions): InteractionEndpoint {
	const log = safeLog(options.log);
	const prefix = options.logPrefix ? `${options.logPrefix} ` : '';
	const budget: BudgetOptions = {
		...(options.deferAfterMs === undefined ? {} : { budgetMs: options.deferAfterMs }),
		onError: (failure: HandlerFailure) => log('error', 'interaction failed', { ...failure }),
	};
	const send = options.sendFollowUp ?? fetchFollowUp(options);

	/** Sends the initial reply through the adapter; false (logged) when the adapter could not. */
	const respondWith = async (respond: () => unknown, command: string | undefined): Promise<boolean> => {
		try {
			await respond();
			return true;
		} catch (error: unknown) {
			const fields = { ...(command === undefined ? {} : { command }), outcome: 'callback-failed' };
			log('error', `${prefix}interaction callback failed`, { ...fields, errorName: errorName(error) });
			return false;
		}
	};

	/** After the initial reply is out: waits for a deferred answer and sends it, logging how that went. */
	const followUp = async (pending: PendingFollowUp, command: string | undefined, started: number) => {
		const fields = command === undefined ? {} : { command };
		try {
			await send({ route: pending.route, body: await pending.body });
			log('info', `${prefix}follow-up`, { ...fields, outcome: 'followed-up', latencyMs: elapsed(started) });
		} catch (error: unknown) {
			log('error', `${prefix}follow-up failed`, {
				...fields,
				outcome: 'follow-up-failed',
				errorName: errorName(error),
			});
		}
	};

	return {
		async answerSigned(request, respond) {
			const started = performance.now();
			if (!options.publicKey) throw new TypeError('createInteractionEndpoint: answerSigned needs a publicKey');
			const result = await answerSignedRequest(options.publicKey, request, options.handler, options.now, budget);
			const { contentType, body } = messageBody(result.body, result.files ?? []);
			const { status, outcome, command } = result;
			const reply: HttpReply = { status, contentType, body, outcome, ...(command === undefined ? {} : { command }) };
			const sent = await respondWith(() => respond(reply), command);
			if (sent && result.followUp) await followUp(result.followUp, command, started);
		},
		async answerInteraction(interaction, respond) {
			const started = performance.now();
			const command = loggableCommand(interaction);
			const answered = await answerWithinBudget(interaction, options.handler, budget);
			const sent = await respondWith(() => respond(answered.response), command);
			if (sent && answered.followUp) await followUp(answered.followUp, command, started);
		},
	};
}
