import { type Answer, compareAreas, getFigures, getNational, getSeries, resolveArea } from '@signpost-uk/domain';
import { answerDraft } from '../core/answer-draft.js';
import { prepareResponse } from '../util/respond.js';
import type { CommandContext, CommandHandler, CommandResult, Outcome } from './command-context.js';
import { isPrivateReply } from './is-private-reply.js';

function outcomeOf(answer: Answer): Outcome {
	if (answer.status === 'found') return 'ok';
	return answer.reason === 'invalid-year' ? 'invalid' : 'not-found';
}

function reply(command: string, answer: Answer, context: CommandContext, area?: string): CommandResult {
	const ephemeral = isPrivateReply(command, context.options);
	const subject = registryName(context, area);
	return {
		response: prepareResponse(answerDraft(answer, ephemeral, subject), context.help),
		outcome: outcomeOf(answer),
	};
}

/** The registry's name for the area asked about, when it resolves: never the typed text itself. */
function registryName(context: CommandContext, area: string | undefined): string | undefined {
	if (!area) return undefined;
	const resolved = resolveArea(context.dataset, area);
	return resolved.status === 'found' ? resolved.area.name : undefined;
}

/**
 * A reply for a command missing a required option (Discord enforces them, but a payload can still lack one): says
 * what is needed with an example, never what was typed.
 *
 * @example
 * ```ts
 * missingOption('figures', 'an area', '/figures area:Derbyshire', context);
 * ```
 */
export function missingOption(command: string, what: string, example: string, context: CommandContext): CommandResult {
	return {
		response: prepareResponse(
			{ content: `/${command} needs ${what}. For example: ${example}`, ephemeral: true },
			context.help,
		),
		outcome: 'invalid',
	};
}

/**
 * `/figures area [year] [measure] [private]`: everything held for an area and year, with the change from the previous year,
 * sources, caveats and conflicts.
 *
 * @example
 * ```ts
 * runFigures({ dataset, options: readOptions(data), help: selectHelp() }).outcome; // "ok"
 * ```
 */
export const runFigures: CommandHandler = (context) => {
	const area = context.options.string('area');
	if (!area?.trim()) return missingOption('figures', 'an area', '/figures area:Derbyshire', context);
	const year = context.options.string('year', 40);
	const measure = context.options.string('measure', 100)?.trim() || undefined;
	return reply('figures', getFigures(context.dataset, { area, year, measure }), context, area);
};

/**
 * `/compare area with [year]`: two areas side by side for one year.
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
		'compare',
		compareAreas(context.dataset, { areas: [area, other], year: context.options.string('year', 40) }),
		context,
	);
};

/**
 * `/trend area [measure]`: every year held for an area, with year-on-year changes computed by Signpost.
 *
 * @example
 * ```ts
 * runTrend(context).outcome; // "ok" or "not-found"
 * ```
 */
export const runTrend: CommandHandler = (context) => {
	const area = context.options.string('area');
	if (!area?.trim()) return missingOption('trend', 'an area', '/trend area:Derbyshire', context);
	const measure = context.options.string('measure', 100)?.trim() || undefined;
	return reply('trend', getSeries(context.dataset, { area, measure }), context, area);
};

/**
 * `/national [year]`: UK-wide and national figures.
 *
 * @example
 * ```ts
 * runNational(context).outcome; // "ok"
 * ```
 */
export const runNational: CommandHandler = (context) =>
	reply('national', getNational(context.dataset, { year: context.options.string('year', 40) }), context);
