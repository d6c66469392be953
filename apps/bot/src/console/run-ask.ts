import { commandDefinitions } from '../commands/definitions.js';
import { handleInteraction } from '../core/create-interaction-handler.js';
import { answerCommandLine, refusalText } from './answer-command-line.js';

/** Exit code for a command line that could not be read. */
const USAGE_EXIT_CODE = 2;

/**
 * `pnpm ask "<command line>"` answers one slash command line and exits: the reply as Discord would show it, or with
 * `--json` exactly the interaction response body the bot would send. An unreadable line exits 2 with the help lines.
 *
 * @example
 * ```sh
 * pnpm ask "/figures area:Derbyshire year:2016/17"
 * pnpm ask --json '/figures area:"Thames Valley"'
 * ```
 */
export function runAsk(argv: readonly string[]): {
	readonly exitCode: number;
	readonly stdout: string;
	readonly stderr: string;
} {
	const json = argv.includes('--json');
	const line = argv
		.filter((argument) => argument !== '--json' && argument !== '--')
		.join(' ')
		.trim();
	if (line === '') {
		return {
			exitCode: USAGE_EXIT_CODE,
			stdout: '',
			stderr: `${refusalText('no command line was given. Usage: pnpm ask [--json] "/figures area:Derbyshire"', commandDefinitions)}\n`,
		};
	}
	const answer = answerCommandLine(line, handleInteraction, commandDefinitions);
	if (!answer.ok) return { exitCode: USAGE_EXIT_CODE, stdout: '', stderr: `${answer.text}\n` };
	return { exitCode: 0, stdout: `${json ? JSON.stringify(answer.response) : answer.text}\n`, stderr: '' };
}
