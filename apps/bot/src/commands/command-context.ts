import type { OptionReader } from '../core/read-options.js';
import type { ReplyContext } from '../pages/reply-context.js';
import type { PreparedResponse } from '../util/respond.js';

/** How a command ended, for the log (never what was asked). */
export type Outcome = 'ok' | 'not-found' | 'invalid' | 'rate-limited' | 'error' | 'help-first';

/** What a command gets: the dataset, help, docs address and chart renderer, and its options (read defensively). */
export interface CommandContext extends ReplyContext {
	readonly options: OptionReader;
}

/** What a command returns: a reply made by the boundary, and the outcome to log. */
export interface CommandResult {
	readonly response: PreparedResponse;
	readonly outcome: Outcome;
}

/** A slash command's handler. */
export type CommandHandler = (context: CommandContext) => CommandResult;
