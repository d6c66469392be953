import type { Dataset, Signposting } from '@signpost-uk/domain';
import type { OptionReader } from '../core/read-options.js';
import type { PreparedResponse } from '../util/respond.js';

/** How a command ended, for the log (never what was asked). */
export type Outcome = 'ok' | 'not-found' | 'invalid' | 'rate-limited' | 'error';

/** What a command gets: the dataset, its options (read defensively) and the help to attach. */
export interface CommandContext {
	readonly dataset: Dataset;
	readonly options: OptionReader;
	readonly help: Signposting;
}

/** What a command returns: a reply made by the boundary, and the outcome to log. */
export interface CommandResult {
	readonly response: PreparedResponse;
	readonly outcome: Outcome;
}

/** A slash command's handler. */
export type CommandHandler = (context: CommandContext) => CommandResult;
