/**
 * The bot's `@signpost-uk/bot/commands` entry: its command definitions, example command lines and Welsh names, the
 * core that answers an interaction and the console's command-line helpers. The docs site generates its bot commands
 * page from these (each example reply is the bot's own answer), and its tests ask the bot the same questions as the
 * SDK. The bot is an application; this entry is the one part of it other workspaces import.
 *
 * @example
 * ```ts
 * import { answerCommandLine, commandDefinitions, handleInteraction } from '@signpost-uk/bot/commands';
 * answerCommandLine('/support', handleInteraction, commandDefinitions).text;
 * ```
 */
export { type CommandName, commandDefinitions } from './commands/definitions.js';
export { commandExamples } from './commands/examples.js';
export {
	allCommandDefinitions,
	type WelshCommand,
	type WelshText,
	welshCommandDefinitions,
	welshCommands,
} from './commands/welsh-commands.js';
export { answerCommandLine, type CommandLineAnswer } from './console/answer-command-line.js';
export { buildCommandInteraction } from './console/build-command-interaction.js';
export { buildComponentInteraction } from './console/build-component-interaction.js';
export { findButton } from './console/find-button.js';
export {
	createInteractionHandler,
	handleInteraction,
	type InteractionHandler,
} from './core/create-interaction-handler.js';
