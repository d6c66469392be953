/**
 * The longest free text any surface reads for a person speaking: 2,000 characters, a long paragraph (and Discord's
 * longest message for most people). A child or a worried adult may type a whole paragraph into a box that asks for a
 * place, so every surface (the bot's options, the SDK and CLI, the MCP tools' input schemas, the API's parameters)
 * takes text up to this length and reads it for a person before any schema of its own; text longer than this is
 * refused as bad input, with the help lines, like any other bad input.
 *
 * @example
 * ```ts
 * const message = 'i am scared and i do not know what to do';
 * message.length <= MAX_FREE_TEXT_LENGTH && readFreeText(message).kind === 'person'; // true: help first
 * ```
 */
export const MAX_FREE_TEXT_LENGTH = 2_000;
