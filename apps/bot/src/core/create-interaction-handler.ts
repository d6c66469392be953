import {
	type Dataset,
	getBundledDataset,
	type Locale,
	readLocale,
	type Signposting,
	selectHelp,
	WORDING,
	wordingFor,
} from '@signpost-uk/domain';
import { type APIInteraction, ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import type { CommandHandler, Outcome } from '../commands/command-context.js';
import { commandHandlers } from '../commands/command-handlers.js';
import { type CommandName, isCommandName } from '../commands/definitions.js';
import { readCommandName, withEnglishOptionNames } from '../commands/welsh-commands.js';
import { answerPress } from '../pages/answer-press.js';
import { helpFirstResponse } from '../pages/help-first-message.js';
import type { ChartRenderer, ReplyContext } from '../pages/reply-context.js';
import { DEFAULT_DOCS_BASE_URL } from '../util/constants.js';
import { type PreparedResponse, prepareAutocomplete, preparePong, prepareResponse } from '../util/respond.js';
import { correlationId } from './correlation-id.js';
import { type Autocomplete, createAutocomplete } from './create-autocomplete.js';
import { createRateLimiter, type RateLimiter, type RateLimitOptions } from './create-rate-limiter.js';
import { internalErrorDraft } from './internal-error-draft.js';
import { readOptions } from './read-options.js';
import { helpChoiceValue, type PersonReading, readPerson, readPersonText } from './read-person.js';

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
	/**
	 * Command handlers to use instead of the built-in ones, by name (the others stay). For tests: a command that
	 * throws shows how the core answers an internal error.
	 */
	commands?: Partial<Record<CommandName, CommandHandler>>;
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

const TYPE_PING: number = InteractionType.Ping;
const TYPE_COMMAND: number = InteractionType.ApplicationCommand;
const TYPE_COMPONENT: number = InteractionType.MessageComponent;
const TYPE_AUTOCOMPLETE: number = InteractionType.ApplicationCommandAutocomplete;
const TYPE_MODAL: number = InteractionType.ModalSubmit;
const CHAT_INPUT: number = ApplicationCommandType.ChatInput;

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

/** One interaction as the handlers below read it: the payload, its `data`, and the command it names (if ours). */
interface Received {
	readonly raw: Record<string, unknown>;
	readonly data: unknown;
	readonly name: CommandName | undefined;
	/** The name to log: `name`, or "unknown". */
	readonly command: string;
	readonly started: number;
	/** Welsh for a Welsh command or an interaction whose `locale` is `cy`; English otherwise. */
	readonly locale: Locale;
}

/** What the handlers share. The dataset's parts are made on the first interaction that needs them, not at start. */
interface HandlerParts {
	readonly help: Signposting;
	readonly limiter: RateLimiter | undefined;
	readonly commands: Readonly<Record<CommandName, CommandHandler>>;
	readonly replyContext: () => ReplyContext;
	readonly autocomplete: () => Autocomplete;
}

/** The built-in command handlers with the given ones in their place. */
function withOverrides(
	handlers: Readonly<Record<CommandName, CommandHandler>>,
	overrides: InteractionHandlerOptions['commands'],
): Readonly<Record<CommandName, CommandHandler>> {
	const merged = { ...handlers };
	for (const [name, run] of Object.entries(overrides ?? {})) if (run && isCommandName(name)) merged[name] = run;
	return merged;
}

function notice(content: string, help: Signposting, locale: Locale = 'en'): PreparedResponse {
	return prepareResponse({ content, ephemeral: true, locale }, help);
}

/** The rate-limited notice when the user is over the limit (a command or a button press counts), else undefined. */
function overLimit(received: Received, parts: HandlerParts, kind: LogEntry['kind'], command: string) {
	if (!parts.limiter || parts.limiter.allow(userIdOf(received.raw), received.started)) return undefined;
	const response = notice(wordingFor(received.locale).replies.rateLimited, parts.help, received.locale);
	return { response, kind, command, outcome: 'rate-limited' } satisfies Handled;
}

function handlePing(): Handled {
	return { response: preparePong(), kind: 'ping', command: 'ping', outcome: 'ok' };
}

/**
 * Autocomplete's help choice, first and only, when what is being typed reads as a person: "Talk to someone now:
 * Childline 0800 1111" (danger: 999 first). Its value leads to the same help-first reply when the command is sent.
 */
function helpChoice(reading: PersonReading, locale: Locale, help: Signposting) {
	const [childline, , emergency] = help.services;
	const say = wordingFor(locale === 'cy' || reading.language === 'cy' ? 'cy' : 'en').replies;
	const name = reading.concerns.includes('danger')
		? say.dangerChoice(emergency.phone, childline.phone)
		: say.helpChoice(childline.phone);
	return { name, value: helpChoiceValue(reading) };
}

function handleAutocomplete({ data, name, command, locale }: Received, parts: HandlerParts): Handled {
	const person = readPersonText(readOptions(data).focused()?.value);
	if (person) {
		const response = prepareAutocomplete([helpChoice(person, locale, parts.help)]);
		return { response, kind: 'autocomplete', command, outcome: 'help-first' };
	}
	const choices = name ? parts.autocomplete()(name, readOptions(data), locale) : [];
	return { response: prepareAutocomplete(choices), kind: 'autocomplete', command, outcome: 'ok' };
}

function handleCommand(received: Received, parts: HandlerParts): Handled {
	const { data, name, command } = received;
	// A person speaking gets help first, privately, whatever the command, and before any limit.
	const person = readPerson(data);
	if (person)
		return { response: helpFirstResponse(person, received.locale), kind: 'command', command, outcome: 'help-first' };
	const limited = overLimit(received, parts, 'command', command);
	if (limited) return limited;
	if (!name || !isRecord(data) || (data.type !== undefined && data.type !== CHAT_INPUT)) {
		const response = notice(wordingFor(received.locale).replies.unknownCommand, parts.help, received.locale);
		return { response, kind: 'command', command, outcome: 'invalid' };
	}
	const result = parts.commands[name]({ ...parts.replyContext(), options: readOptions(data), locale: received.locale });
	return { ...result, kind: 'command', command };
}

function handleComponent(received: Received, parts: HandlerParts): Handled {
	const limited = overLimit(received, parts, 'component', 'button');
	if (limited) return limited;
	const customId = isRecord(received.data) ? received.data.custom_id : undefined;
	const context = { ...parts.replyContext(), locale: received.locale };
	return { ...answerPress(customId, context), kind: 'component', command: 'button' };
}

function handleOther(received: Received, parts: HandlerParts, reply: 'unreadable' | 'noForms'): Handled {
	const response = notice(wordingFor(received.locale).replies[reply], parts.help, received.locale);
	return { response, kind: 'other', command: received.command, outcome: 'invalid' };
}

/** Reads the payload and hands it to the handler for its interaction type. May throw (a hostile payload). */
function handle(raw: unknown, started: number, parts: HandlerParts): Handled {
	if (!isRecord(raw)) {
		const response = notice(WORDING.replies.unreadable, parts.help);
		return { response, kind: 'other', command: 'unknown', outcome: 'invalid' };
	}
	const named = isRecord(raw.data) ? readCommandName(raw.data.name) : undefined;
	const name = named?.name;
	// A Welsh command's options are read by their English names; its reply, and any with locale "cy", is in Welsh.
	const data = named?.locale === 'cy' ? withEnglishOptionNames(named.name, raw.data) : raw.data;
	const locale: Locale = named?.locale === 'cy' ? 'cy' : readLocale(raw.locale);
	const received: Received = { raw, data, name, command: name ?? 'unknown', started, locale };
	switch (raw.type) {
		case TYPE_PING:
			return handlePing();
		case TYPE_AUTOCOMPLETE:
			return handleAutocomplete(received, parts);
		case TYPE_COMMAND:
			return handleCommand(received, parts);
		case TYPE_COMPONENT:
			return handleComponent(received, parts);
		case TYPE_MODAL:
			return handleOther(received, parts, 'noForms');
		default:
			return handleOther(received, parts, 'unreadable');
	}
}

/** The reply to an interaction whose handler threw: the internal-error message with a correlation id, or no choices. */
function failed(interaction: unknown, id: string, help: Signposting): Handled {
	const isAutocomplete = typeOf(interaction) === TYPE_AUTOCOMPLETE;
	return {
		response: isAutocomplete ? prepareAutocomplete([]) : prepareResponse(internalErrorDraft(id), help),
		kind: isAutocomplete ? 'autocomplete' : 'other',
		command: 'unknown',
		outcome: 'error',
	};
}

/**
 * Creates the transport-agnostic core: `(APIInteraction) => PreparedResponse`. Synchronous, pure apart from
 * the rate limiter's memory, and it never throws: an internal error becomes a reply with the help lines and a
 * correlation id, which is logged. Every reply goes through `util/respond.ts`, which adds the help lines to the
 * content and every embed and enforces Discord's limits. The dataset is read, and autocomplete's lists are made, on
 * the first interaction that needs them, so a server answers its first PING without them.
 *
 * @example
 * ```ts
 * const handle = createInteractionHandler({ log: (entry) => console.error(JSON.stringify(entry)) });
 * const response = handle(interaction); // { type: 4, data: { content: '…0800 1111…', embeds: [...] } }
 * ```
 */
export function createInteractionHandler(options: InteractionHandlerOptions = {}): InteractionHandler {
	const now = options.now ?? Date.now;
	const limit = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
	const help = selectHelp();
	let context: ReplyContext | undefined;
	let autocomplete: Autocomplete | undefined;
	const replyContext = (): ReplyContext => {
		context ??= {
			dataset: options.dataset ?? getBundledDataset(),
			help,
			docsBaseUrl: (options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL).replace(/\/+$/, ''),
			...(options.renderChart ? { renderChart: options.renderChart } : {}),
		};
		return context;
	};
	const parts: HandlerParts = {
		help,
		limiter: limit ? createRateLimiter(limit) : undefined,
		commands: withOverrides(commandHandlers, options.commands),
		replyContext,
		autocomplete: () => {
			autocomplete ??= createAutocomplete(replyContext().dataset);
			return autocomplete;
		},
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
			handled = handle(interaction as unknown, started, parts);
		} catch {
			id = correlationId();
			handled = failed(interaction, id, help);
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
