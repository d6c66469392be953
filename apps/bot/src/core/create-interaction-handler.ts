import { type Dataset, getBundledDataset, type Signposting, selectHelp } from '@signpost-uk/domain';
import { type APIInteraction, InteractionType } from 'discord-api-types/v10';
import type { Outcome } from '../commands/command-context.js';
import { commandHandlers } from '../commands/command-handlers.js';
import { isCommandName } from '../commands/definitions.js';
import { answerPress } from '../pages/answer-press.js';
import type { ChartRenderer, ReplyContext } from '../pages/reply-context.js';
import { DEFAULT_DOCS_BASE_URL } from '../util/constants.js';
import { type PreparedResponse, prepareAutocomplete, preparePong, prepareResponse } from '../util/respond.js';
import { correlationId } from './correlation-id.js';
import { createAutocomplete } from './create-autocomplete.js';
import { createRateLimiter, type RateLimitOptions } from './create-rate-limiter.js';
import { internalErrorDraft } from './internal-error-draft.js';
import { readOptions } from './read-options.js';

/** One log line per interaction: which command, what kind, how it ended and how long it took. Never option values. */
export interface LogEntry {
	/** A registered command name, or "unknown" (a name Discord sent that is not ours is never logged). */
	readonly command: string;
	readonly kind: 'command' | 'autocomplete' | 'component' | 'ping' | 'other';
	readonly outcome: Outcome;
	readonly latencyMs: number;
	/** Set for internal errors; the same id is quoted in the reply. */
	readonly correlationId?: string;
}

/** Options for {@link createInteractionHandler}. */
export interface InteractionHandlerOptions {
	/** The dataset to answer from (default: the bundled dataset). */
	dataset?: Dataset;
	/** Per-user limit on commands (autocomplete and PING are not counted), or false for none. Default 20 a minute. */
	rateLimit?: RateLimitOptions | false;
	/** Receives one entry per interaction. A log that throws is ignored. */
	log?: (entry: LogEntry) => void;
	/** The clock, for latency and the rate limiter. */
	now?: () => number;
	/** The docs site's base address, for the links in replies (default {@link DEFAULT_DOCS_BASE_URL}). */
	docsBaseUrl?: string;
	/**
	 * Renders `/trend` charts to PNG, for a transport that uploads files (the gateway). Without it, a `/trend`
	 * reply links to the chart on the docs site.
	 */
	renderChart?: ChartRenderer;
}

/** The core: one interaction in, one response (made by `util/respond.ts`) out, synchronously. */
export type InteractionHandler = (interaction: APIInteraction) => PreparedResponse;

/**
 * The default per-user limit: 20 commands a minute (autocomplete and PING are not counted).
 *
 * @example
 * ```ts
 * createInteractionHandler({ rateLimit: { ...DEFAULT_RATE_LIMIT, perUser: 5 } });
 * ```
 */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perUser: 20, windowMs: 60_000 };

const RATE_LIMITED = 'You have asked a lot of questions in a short time. Please wait a minute and try again.';

const TYPE_PING: number = InteractionType.Ping;
const TYPE_COMMAND: number = InteractionType.ApplicationCommand;
const TYPE_COMPONENT: number = InteractionType.MessageComponent;
const TYPE_AUTOCOMPLETE: number = InteractionType.ApplicationCommandAutocomplete;
const TYPE_MODAL: number = InteractionType.ModalSubmit;
const CHAT_INPUT = 1;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/** Discord's id for the user (in a guild under `member.user`, in DMs under `user`). Used only as a limiter key. */
function userIdOf(interaction: Record<string, unknown>): string {
	const member = interaction.member;
	const user = isRecord(member) && isRecord(member.user) ? member.user : interaction.user;
	return isRecord(user) && typeof user.id === 'string' ? user.id.slice(0, 32) : 'unknown';
}

/** The payload's `type`, read without any chance of throwing (a hostile getter counts as no type). */
function typeOf(payload: unknown): unknown {
	try {
		return isRecord(payload) ? payload.type : undefined;
	} catch {
		return undefined;
	}
}

interface Handled {
	readonly response: PreparedResponse;
	readonly kind: LogEntry['kind'];
	readonly command: string;
	readonly outcome: Outcome;
}

function notice(content: string, help: Signposting): PreparedResponse {
	return prepareResponse({ content, ephemeral: true }, help);
}

/**
 * Creates the transport-agnostic core: `(APIInteraction) => PreparedResponse`. Synchronous, pure apart from
 * the rate limiter's memory, and it never throws: an internal error becomes a reply with the help lines and a
 * correlation id, which is logged. Every reply goes through `util/respond.ts`, which adds the help lines to the
 * content and every embed and enforces Discord's limits.
 *
 * @example
 * ```ts
 * const handle = createInteractionHandler({ log: (entry) => console.error(JSON.stringify(entry)) });
 * const response = handle(interaction); // { type: 4, data: { content: '…0800 1111…', embeds: [...] } }
 * ```
 */
export function createInteractionHandler(options: InteractionHandlerOptions = {}): InteractionHandler {
	const dataset = options.dataset ?? getBundledDataset();
	const now = options.now ?? Date.now;
	const limit = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
	const limiter = limit ? createRateLimiter(limit) : undefined;
	const autocomplete = createAutocomplete(dataset);
	const help = selectHelp();
	const replyContext: ReplyContext = {
		dataset,
		help,
		docsBaseUrl: (options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL).replace(/\/+$/, ''),
		...(options.renderChart ? { renderChart: options.renderChart } : {}),
	};

	const handle = (raw: unknown, started: number): Handled => {
		if (!isRecord(raw)) {
			return {
				response: notice('Signpost could not read that request.', help),
				kind: 'other',
				command: 'unknown',
				outcome: 'invalid',
			};
		}
		const data = raw.data;
		const name = isRecord(data) && isCommandName(data.name) ? data.name : undefined;
		const command = name ?? 'unknown';
		switch (raw.type) {
			case TYPE_PING:
				return { response: preparePong(), kind: 'ping', command: 'ping', outcome: 'ok' };
			case TYPE_AUTOCOMPLETE: {
				const choices = name ? autocomplete(name, readOptions(data)) : [];
				return { response: prepareAutocomplete(choices), kind: 'autocomplete', command, outcome: 'ok' };
			}
			case TYPE_COMMAND: {
				if (limiter && !limiter.allow(userIdOf(raw), started)) {
					return {
						response: notice(RATE_LIMITED, help),
						kind: 'command',
						command,
						outcome: 'rate-limited',
					};
				}
				if (!name || !isRecord(data) || (data.type !== undefined && data.type !== CHAT_INPUT)) {
					return {
						response: notice('Signpost does not know that command. Try /help.', help),
						kind: 'command',
						command,
						outcome: 'invalid',
					};
				}
				const result = commandHandlers[name]({ ...replyContext, options: readOptions(data) });
				return { ...result, kind: 'command', command };
			}
			case TYPE_COMPONENT: {
				if (limiter && !limiter.allow(userIdOf(raw), started)) {
					return {
						response: notice(RATE_LIMITED, help),
						kind: 'component',
						command: 'button',
						outcome: 'rate-limited',
					};
				}
				const customId = isRecord(data) ? data.custom_id : undefined;
				return { ...answerPress(customId, replyContext), kind: 'component', command: 'button' };
			}
			case TYPE_MODAL:
				return {
					response: notice('Signpost has no forms to answer. Try /figures or /support.', help),
					kind: 'other',
					command,
					outcome: 'invalid',
				};
			default:
				return {
					response: notice('Signpost could not read that request.', help),
					kind: 'other',
					command,
					outcome: 'invalid',
				};
		}
	};

	const write = (entry: LogEntry) => {
		try {
			options.log?.(entry);
		} catch {
			// A failing log must not cost the user their answer.
		}
	};

	return (interaction) => {
		const started = now();
		let handled: Handled;
		let id: string | undefined;
		try {
			handled = handle(interaction as unknown, started);
		} catch {
			id = correlationId();
			const isAutocomplete = typeOf(interaction) === TYPE_AUTOCOMPLETE;
			handled = {
				response: isAutocomplete ? prepareAutocomplete([]) : prepareResponse(internalErrorDraft(id), help),
				kind: isAutocomplete ? 'autocomplete' : 'other',
				command: 'unknown',
				outcome: 'error',
			};
		}
		const latencyMs = Math.max(0, now() - started);
		write({
			command: handled.command,
			kind: handled.kind,
			outcome: handled.outcome,
			latencyMs,
			...(id ? { correlationId: id } : {}),
		});
		return handled.response;
	};
}

let defaultHandler: InteractionHandler | undefined;

/**
 * The default core: bundled dataset, default rate limit, no log. Made on its first interaction, so a process that
 * imports it but answers with its own handler (the HTTP server, the gateway) never builds it.
 *
 * @example
 * ```ts
 * handleInteraction({ type: 1 } as APIInteraction); // { type: 1 }
 * ```
 */
export const handleInteraction: InteractionHandler = (interaction) => {
	defaultHandler ??= createInteractionHandler();
	return defaultHandler(interaction);
};
