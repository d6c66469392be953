import {
	areaOrNotFound,
	caveatsFor,
	datasetLine,
	getCoverage,
	WELSH_WORDING,
	WORDING,
	wordingFor,
} from '@signpost-uk/domain';
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
			content: wordingFor(context.locale).replies.support,
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
		const resolved = areaOrNotFound(context.dataset, 'figures', typed, {});
		if (resolved.status === 'not-found') {
			return {
				response: prepareResponse(notFoundMessage(resolved, privately !== false, context.locale), context.help),
				outcome: 'not-found',
			};
		}
		area = resolved.area.id;
	}
	const draft = sourcesMessage(
		{
			command: 'sources',
			view: 'answer',
			page: 0,
			private: privately === true,
			...(area ? { area } : {}),
			...(context.locale === 'cy' ? { locale: 'cy' as const } : {}),
		},
		context,
	);
	return { response: prepareResponse(draft, context.help), outcome: 'ok' };
};

/** Each command's line in the Welsh /help (`/gorchmynion`): its Welsh name and description, and a Welsh example. */
function welshCommandLines(): string[] {
	return commandDefinitions.map((definition) => {
		const name = definition.name as CommandName;
		const example = welshCommandLine(name, commandExamples[name][0] ?? `/${name}`);
		return `- **/${welshCommands[name].name}**: ${welshCommands[name].description}. ${WELSH_WORDING.replies.forExample} \`${example}\``;
	});
}

/** Each command's line in the English /help: its name, description and first example. */
function englishCommandLines(): string[] {
	return commandDefinitions.map(
		(definition) =>
			`- **/${definition.name}**: ${definition.description}. ${WORDING.replies.forExample} \`${commandExamples[definition.name as CommandName][0]}\``,
	);
}

/**
 * `/help [private]` (in Welsh `/gorchmynion`): every command with what it does and an example, in the language it was
 * asked in, and the commands note under them (in Welsh, what stays in English). Private by default.
 *
 * @example
 * ```ts
 * runHelp(context).response.data?.embeds?.[0]?.title; // "Signpost's commands"
 * ```
 */
export const runHelp: CommandHandler = (context) => {
	const replies = wordingFor(context.locale).replies;
	const lines = context.locale === 'cy' ? welshCommandLines() : englishCommandLines();
	return {
		response: prepareResponse(
			{
				embeds: [
					{
						title: replies.commandsTitle,
						url: `${context.docsBaseUrl}/bot/commands`,
						description: [...lines, '', replies.commandsNote()].join('\n'),
						color: COLOURS.answer,
					},
				],
				ephemeral: isPrivateReply('help', context.options),
				locale: context.locale,
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
	const say = wordingFor(context.locale).about;
	const caveats = caveatsFor(context.locale);
	return {
		response: prepareResponse(
			{
				embeds: [
					{
						title: say.title,
						color: COLOURS.answer,
						description: [say.intro, datasetLine(coverage, say)].join('\n\n'),
						fields: [
							{
								name: say.recordedFigures,
								value: [caveats.notVictims, caveats.recordingAndReporting, caveats.undercount].join('\n'),
							},
							{
								name: say.privacy,
								value: say.privacyText,
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
