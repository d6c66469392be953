import {
	answerCommandLine,
	commandDefinitions,
	commandExamples,
	createInteractionHandler,
	welshCommands,
} from '@signpost-uk/bot/commands';
import { botCommandsPage, type CommandExample } from './bot-commands-page.js';
import { SITE_PATHS } from './site-paths.js';

const GENERATED_FROM =
	"Generated from the bot's command definitions; each example reply is the bot's own answer to that command line, from its core.";

/**
 * The bot's command page, generated from the bot's own command definitions, example command lines and Welsh names,
 * with each example's reply answered by the bot's core (`handleInteraction`, through the console's
 * `answerCommandLine`), all imported from `@signpost-uk/bot/commands`. The replies link to this site at `baseUrl`
 * (`DOCS_BASE_URL`), or by path when none is set, so a default build names no placeholder host.
 *
 * @example
 * ```ts
 * const pages = botPages(); // Map { "bot/commands.md" => "..." }
 * ```
 */
export function botPages(baseUrl?: string): Map<string, string> {
	const handler = createInteractionHandler({ docsBaseUrl: baseUrl ?? '' });
	const examples = new Map<string, CommandExample[]>(
		Object.entries(commandExamples).map(([name, lines]) => [
			name,
			lines.map((line) => ({ line, reply: answerCommandLine(line, handler, commandDefinitions).text })),
		]),
	);
	return new Map([
		[SITE_PATHS.botCommands.file, botCommandsPage(commandDefinitions, examples, GENERATED_FROM, welshCommands)],
	]);
}
