import { CAVEATS, getCoverage, notFound, resolveArea, WELSH_WORDING, WORDING } from '@signpost-uk/domain';
import { COLOURS } from '../pages/answer-message.js';
import { notFoundMessage } from '../pages/not-found-message.js';
import { sourcesMessage } from '../pages/sources-message.js';
import { prepareResponse } from '../util/respond.js';
import type { CommandHandler } from './command-context.js';
import { type CommandName, commandDefinitions } from './definitions.js';
import { commandExamples } from './examples.js';
import { isPrivateReply } from './is-private-reply.js';
import { welshCommandLine, welshCommands } from './welsh-commands.js';

/**
 * `/support [private]`: the help lines on their own, once (the boundary adds them after the lead-in). Private by
 * default: only `private:false` shows it to the channel.
 *
 * @example
 * ```ts
 * runSupport(context).response; // { type: 4, data: { flags: 64, content: '…0800 1111…' } }
 * ```
 */
export const runSupport: CommandHandler = (context) => ({
	response: prepareResponse(
		{
			content:
				context.locale === 'cy'
					? WELSH_WORDING.replies.support
					: 'If you are worried about a child, or you are a young person who needs to talk, these services can help. You do not need to be sure something is wrong to call; Childline and the NSPCC Helpline are free.',
			ephemeral: isPrivateReply('support', context.options),
			locale: context.locale,
		},
		context.help,
	),
	outcome: 'ok',
});

/**
 * `/sources [area] [private]`: the articles and releases the figures are quoted from, with links, in pages; with
 * `area`, only the sources of that area's figures.
 *
 * @example
 * ```ts
 * runSources(context).response.type; // 4
 * ```
 */
export const runSources: CommandHandler = (context) => {
	const typed = context.options.string('area')?.trim();
	const privately = context.options.boolean('private');
	let area: string | undefined;
	if (typed) {
		const resolved = resolveArea(context.dataset, typed);
		if (resolved.status === 'not-found') {
			const answer = notFound('figures', 'unknown-area', WORDING.notFound.unknownArea, {
				suggestions: resolved.suggestions,
			});
			return {
				response: prepareResponse(notFoundMessage(answer, privately !== false, context.locale), context.help),
				outcome: 'not-found',
			};
		}
		area = resolved.area.id;
	}
	const draft = sourcesMessage(
		{ command: 'sources', view: 'answer', page: 0, private: privately === true, ...(area ? { area } : {}) },
		context,
	);
	return { response: prepareResponse(draft, context.help), outcome: 'ok' };
};

/** `/gorchmynion`: every Welsh command with its Welsh description and an example, and what stays in English. */
const welshHelp: CommandHandler = (context) => {
	const lines = commandDefinitions.map((definition) => {
		const name = definition.name as CommandName;
		const example = welshCommandLine(name, commandExamples[name][0] ?? `/${name}`);
		return `- **/${welshCommands[name].name}**: ${welshCommands[name].description}. ${WELSH_WORDING.replies.forExample} \`${example}\``;
	});
	return {
		response: prepareResponse(
			{
				embeds: [
					{
						title: WELSH_WORDING.replies.commandsTitle,
						url: `${context.docsBaseUrl}/bot/commands`,
						description: [...lines, '', WELSH_WORDING.replies.asPublished].join('\n'),
						color: COLOURS.answer,
					},
				],
				ephemeral: isPrivateReply('help', context.options),
				locale: 'cy',
			},
			context.help,
		),
		outcome: 'ok',
	};
};

/**
 * `/help [private]`: every command with what it does and an example. Private by default.
 *
 * @example
 * ```ts
 * runHelp(context).response.data?.embeds?.[0]?.title; // "Signpost's commands"
 * ```
 */
export const runHelp: CommandHandler = (context) => {
	if (context.locale === 'cy') return welshHelp(context);
	const lines = commandDefinitions.map(
		(definition) =>
			`- **/${definition.name}**: ${definition.description}. For example \`${commandExamples[definition.name as CommandName][0]}\``,
	);
	return {
		response: prepareResponse(
			{
				embeds: [
					{
						title: "Signpost's commands",
						url: `${context.docsBaseUrl}/bot/commands`,
						description: [
							...lines,
							'',
							`Answers have buttons: Sources, Caveats, ${WORDING.headings.claimsShort}, the previous and next year, Trend, and Share publicly on a private reply. Add private:true to any command to answer only you.`,
						].join('\n'),
						color: COLOURS.answer,
					},
				],
				ephemeral: isPrivateReply('help', context.options),
			},
			context.help,
		),
		outcome: 'ok',
	};
};

/**
 * `/about`: what the bot is, what recorded figures mean, and privacy.
 *
 * @example
 * ```ts
 * runAbout(context).response.type; // 4
 * ```
 */
export const runAbout: CommandHandler = (context) => {
	const coverage = getCoverage(context.dataset);
	return {
		response: prepareResponse(
			{
				embeds: [
					{
						title: 'About Signpost',
						color: COLOURS.answer,
						description: [
							'Signpost answers questions about UK police-recorded child sexual offence figures, from NSPCC Freedom of Information releases as reported in the press. Every figure comes with its source, the exact quote and a link; where sources disagree, both values are shown.',
							`Dataset version ${coverage.version}: ${coverage.figureCount} figures from ${coverage.sourceCount} sources, ${coverage.forcesWithFigures} of ${coverage.forcesTotal} police forces with at least one figure.`,
						].join('\n\n'),
						fields: [
							{
								name: 'What recorded figures mean',
								value: [CAVEATS.notVictims, CAVEATS.recordingAndReporting, CAVEATS.undercount].join('\n'),
							},
							{
								name: 'Privacy',
								value:
									'The bot does not store what you type. It logs only the command name, whether it was answered and how long it took.',
							},
						],
					},
				],
				ephemeral: context.options.boolean('private') === true,
				locale: context.locale,
			},
			context.help,
		),
		outcome: 'ok',
	};
};
