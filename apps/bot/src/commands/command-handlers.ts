import { runCompare, runFigures, runNational, runTrend } from './answer-commands.js';
import type { CommandHandler } from './command-context.js';
import type { CommandName } from './definitions.js';
import { runAbout, runHelp, runSources, runSupport } from './info-commands.js';

/**
 * Each slash command's handler, by name.
 *
 * @example
 * ```ts
 * commandHandlers.figures(context);
 * ```
 */
export const commandHandlers: Readonly<Record<CommandName, CommandHandler>> = {
	figures: runFigures,
	compare: runCompare,
	trend: runTrend,
	national: runNational,
	support: runSupport,
	sources: runSources,
	help: runHelp,
	about: runAbout,
};
