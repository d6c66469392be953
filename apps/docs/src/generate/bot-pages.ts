import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	botCommandsPage,
	type CommandDefinition,
	type CommandExample,
	type CommandTranslation,
} from './bot-commands-page.js';
import { helpSection } from './help-block.js';
import { frontMatter } from './markdown-text.js';
import { SITE_PATHS } from './site-paths.js';

type Handler = (interaction: unknown) => unknown;
type AnswerCommandLine = (
	line: string,
	handler: Handler,
	definitions: readonly CommandDefinition[],
) => { readonly ok: boolean; readonly text: string };

const BOT_SRC = new URL('../../../bot/src/', import.meta.url);

async function load(relative: string): Promise<Record<string, unknown> | null> {
	const url = new URL(relative, BOT_SRC);
	if (!existsSync(fileURLToPath(url))) return null;
	return (await import(url.href)) as Record<string, unknown>;
}

/** Every command line in the examples module, whatever its shape: an array, or a record of arrays by command. */
function exampleLines(module: Record<string, unknown>): string[] {
	const lines: string[] = [];
	const visit = (value: unknown): void => {
		if (typeof value === 'string' && value.startsWith('/')) lines.push(value);
		else if (Array.isArray(value)) for (const v of value) visit(v);
		else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v);
	};
	for (const value of Object.values(module)) visit(value);
	return [...new Set(lines)];
}

/**
 * The bot's command page, generated from the bot's own command definitions, example command lines and core
 * (`handleInteraction`, through the console's `answerCommandLine`), read from `apps/bot/src` when it is there.
 * Without them it writes a page saying the reference could not be generated, with the help lines.
 *
 * @example
 * ```ts
 * const pages = await botPages(); // Map { "bot/commands.md" => "..." }
 * ```
 */
export async function botPages(): Promise<Map<string, string>> {
	const definitionsModule = await load('commands/definitions.ts');
	const definitions = definitionsModule?.commandDefinitions as readonly CommandDefinition[] | undefined;
	if (!definitions) {
		return new Map([
			[
				SITE_PATHS.botCommands.file,
				[
					frontMatter({ title: 'Bot commands' }),
					'',
					'# Bot commands',
					'',
					"The command reference is generated from the bot's command definitions (`apps/bot/src/commands/definitions.ts`), which were not in the repository when this site was built. See the [setup guide](/bot/setup) and the [privacy page](/bot/privacy).",
					'',
					helpSection(SITE_PATHS.support.link),
					'',
				].join('\n'),
			],
		]);
	}
	const core =
		(await load('core/create-interaction-handler.ts')) ??
		(await load('core/handle-interaction.ts')) ??
		(await load('core/index.ts'));
	const consoleModule = await load('console/answer-command-line.ts');
	const handler = core?.handleInteraction as Handler | undefined;
	const answer = consoleModule?.answerCommandLine as AnswerCommandLine | undefined;
	const examplesModule = await load('commands/examples.ts');
	const examples = new Map<string, CommandExample[]>();
	for (const line of examplesModule ? exampleLines(examplesModule) : []) {
		const name = line.slice(1).split(/\s+/)[0] ?? '';
		const list = examples.get(name) ?? [];
		list.push({ line, reply: handler && answer ? answer(line, handler, definitions).text : null });
		examples.set(name, list);
	}
	const from =
		handler && answer
			? "Generated from the bot's command definitions; each example reply is the bot's own answer to that command line, from its core."
			: "Generated from the bot's command definitions and example command lines; the bot's core was not in the repository when this site was built, so no example replies are shown.";
	const welshModule = await load('commands/welsh-commands.ts');
	const welsh = welshModule?.welshCommands as Readonly<Record<string, CommandTranslation>> | undefined;
	return new Map([[SITE_PATHS.botCommands.file, botCommandsPage(definitions, examples, from, welsh)]]);
}
