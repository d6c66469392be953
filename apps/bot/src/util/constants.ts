import { MessageFlags } from 'discord-api-types/v10';

/**
 * Discord's limits (characters unless stated), from Discord's API docs, in one place: messages, embeds and
 * autocomplete (every reply is held to these in `respond.ts`), command definitions (`validate-definitions.ts`),
 * buttons' custom ids and attachments.
 *
 * @example
 * ```ts
 * import { DISCORD_LIMITS } from './constants.js';
 * text.length <= DISCORD_LIMITS.content; // true for every reply the bot sends
 * ```
 */
export const DISCORD_LIMITS = {
	content: 2_000,
	embedTitle: 256,
	embedDescription: 4_096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1_024,
	footerText: 2_048,
	authorName: 256,
	/** Across title, description, field names and values, footer text and author name of every embed. */
	embedsTotal: 6_000,
	embedsPerMessage: 10,
	autocompleteChoices: 25,
	choiceName: 100,
	choiceValue: 100,
	/** A button's `custom_id`. */
	customId: 100,
	/** An attachment's description (its alt text). */
	attachmentDescription: 1_024,
	/** Command and option names (also translations), and the options of a command or option (count). */
	commandName: 32,
	commandDescription: 100,
	commandOptions: 25,
	/** Fixed choices of one option (count). */
	optionChoices: 25,
	/** Names, descriptions and choices of one command together, the longest translation of each counted. */
	commandCharacters: 8_000,
} as const;

/**
 * How Discord writes the ids and keys it hands out: a snowflake id is 17 to 20 digits; an application's public key
 * (Ed25519, 32 bytes) is 64 hexadecimal characters.
 *
 * @example
 * ```ts
 * DISCORD_FORMATS.snowflake.test('1100000000000000001'); // true
 * ```
 */
export const DISCORD_FORMATS = {
	snowflake: /^\d{17,20}$/,
	publicKey: /^[0-9a-fA-F]{64}$/,
} as const;

/**
 * Message flag: only the user who ran the command sees the reply (`MessageFlags.Ephemeral`, 1 << 6 = 64).
 *
 * @example
 * ```ts
 * const data = { content: '...', flags: EPHEMERAL };
 * ```
 */
export const EPHEMERAL: number = MessageFlags.Ephemeral;

/**
 * How long a transport waits for the core's answer before deferring (type 5, "thinking…") and sending the answer
 * as a follow-up instead. Discord drops an interaction not acknowledged within 3 seconds; 2 seconds leaves room for
 * the network either side.
 *
 * @example
 * ```ts
 * const answer = await answerWithinBudget(interaction, handler, { budgetMs: DEFER_AFTER_MS });
 * ```
 */
export const DEFER_AFTER_MS = 2_000;

/**
 * How long a deferred answer may take before the follow-up gives up and sends the internal-error message (with the
 * help lines) instead, so "thinking…" never hangs. Well inside the 15 minutes an interaction token stays valid.
 *
 * @example
 * ```ts
 * await answerWithinBudget(interaction, handler, { followUpDeadlineMs: FOLLOW_UP_DEADLINE_MS });
 * ```
 */
export const FOLLOW_UP_DEADLINE_MS = 60_000;

/**
 * How long to wait before the one retry of a follow-up Discord answered with 404: a follow-up can reach Discord
 * before the deferral it edits has been processed (a Worker cannot tell when its response has arrived).
 *
 * @example
 * ```ts
 * await sendFollowUp(followUp, { retryAfterMs: FOLLOW_UP_RETRY_MS });
 * ```
 */
export const FOLLOW_UP_RETRY_MS = 1_000;

/**
 * The docs site's address, for the links in replies, when `DOCS_BASE_URL` is not set.
 *
 * @example
 * ```ts
 * `${DEFAULT_DOCS_BASE_URL}/data/areas/kent`;
 * ```
 */
export const DEFAULT_DOCS_BASE_URL = 'https://signpost.example.org';
