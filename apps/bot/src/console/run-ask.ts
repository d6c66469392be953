import type { APIInteractionResponse } from 'discord-api-types/v10';
import { commandDefinitions } from '../commands/definitions.js';
import { allCommandDefinitions } from '../commands/welsh-commands.js';
import { handleInteraction } from '../core/create-interaction-handler.js';
import { answerCommandLine, refusalText } from './answer-command-line.js';
import { buildComponentInteraction } from './build-component-interaction.js';
import { findButton, replyButtons } from './find-button.js';
import { renderResponse } from './render-response.js';

/** Exit code for a command line that could not be read. */
const USAGE_EXIT_CODE = 2;

/** The `--json` flag, the `--press` words in order, and the command line from the remaining words. */
function readArguments(argv: readonly string[]): { json: boolean; presses: string[]; line: string } {
	const json = argv.includes('--json');
	const presses: string[] = [];
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const argument = argv[i] ?? '';
		if (argument === '--press') presses.push(argv[++i] ?? '');
		else if (argument !== '--json' && argument !== '--') rest.push(argument);
	}
	return { json, presses, line: rest.join(' ').trim() };
}

/**
 * Presses each button by its label in turn, as a click on the latest reply; the reply after the last press, or the
 * refusal (with the help lines) naming the buttons there are when one is not on the reply.
 */
function pressButtons(first: APIInteractionResponse, presses: readonly string[]): APIInteractionResponse | string {
	let response = first;
	for (const word of presses) {
		const button = findButton(response, word);
		if (!button) {
			const labels = replyButtons(response).map((b) => b.label);
			return refusalText(
				`no button "${word}" on that reply. Buttons: ${labels.join(', ') || 'none'}.`,
				commandDefinitions,
			);
		}
		const flags = 'data' in response ? ((response.data as { flags?: number } | undefined)?.flags ?? 0) : 0;
		response = handleInteraction(buildComponentInteraction(button.customId, { flags }));
	}
	return response;
}

/**
 * `pnpm ask "<command line>"` answers one slash command line and exits: the reply as Discord would show it, or with
 * `--json` exactly the interaction response body the bot would send. `--press <button>` (repeatable) then presses a
 * button of the reply by its label ("sources", "next page", "share"), as a signed click from Discord would. An unreadable line exits 2 with the help lines.
 *
 * @example
 * ```sh
 * pnpm ask "/figures area:Derbyshire year:2016/17"
 * pnpm ask --json '/figures area:"Thames Valley"'
 * pnpm ask --press sources "/figures area:Kent"
 * ```
 */
export function runAsk(argv: readonly string[]): {
	readonly exitCode: number;
	readonly stdout: string;
	readonly stderr: string;
} {
	const { json, presses, line } = readArguments(argv);
	if (line === '') {
		return {
			exitCode: USAGE_EXIT_CODE,
			stdout: '',
			stderr: `${refusalText('no command line was given. Usage: pnpm ask [--json] "/figures area:Derbyshire"', commandDefinitions)}\n`,
		};
	}
	const answer = answerCommandLine(line, handleInteraction, allCommandDefinitions);
	if (!answer.ok) return { exitCode: USAGE_EXIT_CODE, stdout: '', stderr: `${answer.text}\n` };
	const pressed = pressButtons(answer.response, presses);
	if (typeof pressed === 'string') return { exitCode: USAGE_EXIT_CODE, stdout: '', stderr: `${pressed}\n` };
	const response = pressed;
	return { exitCode: 0, stdout: `${json ? JSON.stringify(response) : renderResponse(response)}\n`, stderr: '' };
}
