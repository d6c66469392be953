import { createInterface } from 'node:readline';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { commandExamples } from '../commands/examples.js';
import type { InteractionHandler } from '../core/create-interaction-handler.js';
import { answerCommandLine } from './answer-command-line.js';

/** Options for {@link startConsole}. */
export interface ConsoleOptions {
	readonly handler: InteractionHandler;
	readonly definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
	readonly input?: NodeJS.ReadableStream;
	readonly output?: NodeJS.WritableStream;
}

/**
 * The local console: a readline loop where each slash command line gets the reply Discord would show. Resolves
 * when input closes (Ctrl+D, `/exit`, or the end of piped input).
 *
 * @example
 * ```ts
 * await startConsole({ handler: handleInteraction, definitions: commandDefinitions });
 * ```
 */
export async function startConsole(options: ConsoleOptions): Promise<void> {
	const input = options.input ?? process.stdin;
	const output = options.output ?? process.stdout;
	const interactive = 'isTTY' in input && input.isTTY === true;
	const lines = createInterface({ input, output, terminal: interactive, prompt: 'signpost> ' });
	const say = (text: string) => output.write(`${text}\n`);
	if (interactive) {
		say('Signpost local console: type a slash command as you would in Discord, /exit to leave.');
		say(`Commands: ${options.definitions.map((definition) => `/${definition.name}`).join(', ')}`);
		say(`Example: ${commandExamples.figures[0]}`);
		lines.prompt();
	}
	for await (const line of lines) {
		const trimmed = line.trim();
		if (trimmed === '/exit' || trimmed === '/quit') break;
		if (trimmed !== '') say(`${answerCommandLine(trimmed, options.handler, options.definitions).text}\n`);
		if (interactive) lines.prompt();
	}
	lines.close();
}
