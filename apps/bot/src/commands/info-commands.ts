import { CAVEATS, getCoverage, helpLines, MARKDOWN_STYLE } from '@signpost-uk/domain';
import { prepareResponse } from '../util/respond.js';
import type { CommandHandler } from './command-context.js';
import { isPrivateReply } from './is-private-reply.js';

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1');

/**
 * `/support [private]`: the help lines on their own. Private by default: only `private:false` shows it to the
 * channel.
 *
 * @example
 * ```ts
 * runSupport(context).response; // { type: 4, data: { flags: 64, ... } }
 * ```
 */
export const runSupport: CommandHandler = (context) => ({
	response: prepareResponse(
		{
			content:
				'If you are worried about a child, or you are a young person who needs to talk, these services can help.',
			embeds: [
				{
					title: 'Get help',
					description: [
						...helpLines(context.help, MARKDOWN_STYLE),
						'',
						'You do not need to be sure something is wrong to call. Childline and the NSPCC Helpline are free.',
					].join('\n'),
				},
			],
			ephemeral: isPrivateReply('support', context.options),
		},
		context.help,
	),
	outcome: 'ok',
});

/**
 * `/sources`: the articles and releases the figures are quoted from, with links.
 *
 * @example
 * ```ts
 * runSources(context).response.type; // 4
 * ```
 */
export const runSources: CommandHandler = (context) => {
	const lines = context.dataset.sources.map((source) => {
		const date = source.published === 'not-shown' ? 'date not shown' : source.published;
		const name = `${source.publisher ?? 'Source'}, ${date}`;
		// The source's own headline, in quotation marks: its words, not ours.
		const title = `“${escapeMarkdown(source.title)}”`;
		return `- ${source.url ? MARKDOWN_STYLE.link(name, source.url) : escapeMarkdown(name)}: ${title}`;
	});
	return {
		response: prepareResponse(
			{
				content: `Every figure Signpost gives is quoted word for word from one of these ${lines.length} sources.`,
				embeds: [
					{
						title: 'Sources',
						description: lines.length ? lines.join('\n') : 'No sources are held yet.',
					},
				],
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
				content: 'About Signpost.',
				embeds: [
					{
						title: 'About Signpost',
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
			},
			context.help,
		),
		outcome: 'ok',
	};
};
