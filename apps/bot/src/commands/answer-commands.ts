import { wordingFor } from '@signpost-uk/domain';
import { answerReply } from '../pages/answer-reply.js';
import type { Asked } from '../pages/ask-question.js';
import { prepareResponse } from '../util/respond.js';
import type { CommandContext, CommandHandler, CommandResult } from './command-context.js';
import type { CommandName } from './definitions.js';
import { welshCommandLine, welshCommands } from './welsh-commands.js';

function reply(asked: Asked, context: CommandContext): CommandResult {
	const { draft, outcome, help } = answerReply(asked, context, { privately: context.options.boolean('private') });
	return { response: prepareResponse(draft, help ?? context.help), outcome };
}

const optional = (context: CommandContext, name: string, max: number) =>
	context.options.string(name, max)?.trim() || undefined;

/**
 * A reply for a command missing a required option (Discord enforces them, but a payload can still lack one): says
 * what is needed with an example, never what was typed.
 *
 * @example
 * ```ts
 * missingOption('figures', 'an area', '/figures area:Derbyshire', context);
 * ```
 */
export function missingOption(
	command: CommandName,
	what: string,
	example: string,
	context: CommandContext,
): CommandResult {
	const welsh = context.locale === 'cy';
	const content = wordingFor(context.locale).replies.missingOption(
		welsh ? welshCommands[command].name : command,
		what,
		welsh ? welshCommandLine(command, example) : example,
	);
	return {
		response: prepareResponse({ content, ephemeral: true, locale: context.locale }, context.help),
		outcome: 'invalid',
	};
}

/**
 * `/figures area [year] [measure] [private]`: the headline figures for an area and year, each with its source as
 * a link, and the change from the previous year; sources, caveats, other years and the trend a button away.
 *
 * @example
 * ```ts
 * runFigures({ ...replyContext, options: readOptions(data) }).outcome; // "ok"
 * ```
 */
export const runFigures: CommandHandler = (context) => {
	const area = context.options.string('area');
	if (!area?.trim()) return missingOption('figures', 'an area', '/figures area:Derbyshire', context);
	return reply(
		{ command: 'figures', area, year: optional(context, 'year', 40), measure: optional(context, 'measure', 100) },
		context,
	);
};

/**
 * `/compare area with [year] [measure] [private]`: two areas side by side (inline fields) for one year.
 *
 * @example
 * ```ts
 * runCompare(context).response.type; // 4
 * ```
 */
export const runCompare: CommandHandler = (context) => {
	const area = context.options.string('area');
	const other = context.options.string('with');
	if (!area?.trim() || !other?.trim())
		return missingOption('compare', 'two areas', '/compare area:Derbyshire with:Staffordshire', context);
	return reply(
		{
			command: 'compare',
			area,
			with: other,
			year: optional(context, 'year', 40),
			measure: optional(context, 'measure', 100),
		},
		context,
	);
};

/**
 * `/trend area [measure] [private]`: every year held for an area in a compact table (a disputed year as the range
 * of its reports), the changes computed by Signpost, and the chart.
 *
 * @example
 * ```ts
 * runTrend(context).outcome; // "ok" or "not-found"
 * ```
 */
export const runTrend: CommandHandler = (context) => {
	const area = context.options.string('area');
	if (!area?.trim()) return missingOption('trend', 'an area', '/trend area:Derbyshire', context);
	return reply({ command: 'trend', area, measure: optional(context, 'measure', 100) }, context);
};

/**
 * `/national [year] [measure] [private]`: UK-wide and national figures.
 *
 * @example
 * ```ts
 * runNational(context).outcome; // "ok"
 * ```
 */
export const runNational: CommandHandler = (context) =>
	reply(
		{ command: 'national', year: optional(context, 'year', 40), measure: optional(context, 'measure', 100) },
		context,
	);
