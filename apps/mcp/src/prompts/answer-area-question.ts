import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { MAX_FREE_TEXT_LENGTH } from '@signpost-uk/domain';
import { CAVEATS, formatAnswer, getHelplines, type PersonSpeaking, searchAreas } from '@signpost-uk/sdk';
import { z } from 'zod';
import { personInArguments } from '../tools/person-in-arguments.js';
import { RESPONSIBLE_USE } from '../tools/responsible-use.js';

/** The prompt's name. */
export const ANSWER_PROMPT_NAME = 'answer_area_question';

/**
 * The prompt when the area or the question reads as a person speaking (a child telling something, someone in
 * danger or distress): no lookup, no figures, and never their words; the help first, in plain words, with the
 * services that fit, for the model to give as it is.
 */
function helpFirstPromptText(speaking: PersonSpeaking): string {
	return [
		'What the person wrote reads as someone telling you something personal or asking for help, not a question about figures. Do not look up or give any figures, do not repeat their words, and do not ask them to say more before giving help.',
		'',
		'Reply first with this help, as it is, kindly and in plain words:',
		'',
		formatAnswer(speaking, { format: 'text' }),
	].join('\n');
}

/**
 * The prompt "answer a question about figures for an area": tells the model which tools to use and how, with the
 * safeguarding wording (the standing caveats and the help lines) in the prompt itself. When the area or the question
 * reads as a person speaking, the prompt is the help-first reply instead, and holds none of their words.
 *
 * @param area - the area the question is about, as the person wrote it
 * @param question - the question, where given
 * @returns the prompt's text
 * @example
 * ```ts
 * answerPromptText('Derbyshire', 'How many offences were recorded in 2016/17?');
 * ```
 */
export function answerPromptText(area: string, question: string | undefined): string {
	const speaking = personInArguments({ area, question }, searchAreas);
	if (speaking) return helpFirstPromptText(speaking);
	return [
		'Answer a question about police-recorded child sexual offence figures for an area, using the Signpost tools.',
		'',
		`Area: ${area}`,
		...(question ? [`Question: ${question}`] : []),
		'',
		'Steps: use search_areas if the area is unclear, and ask which one is meant rather than guessing; then get_figures (one year), get_series (year by year) or compare_areas; get_national for UK-wide figures.',
		'',
		RESPONSIBLE_USE,
		'',
		`${CAVEATS.notVictims} ${CAVEATS.recordingAndReporting} ${CAVEATS.undercount}`,
		'',
		'End the answer with these help lines, as they are:',
		...getHelplines().lines,
	].join('\n');
}

/**
 * Registers {@link answerPromptText} as the `answer_area_question` prompt.
 *
 * @param server - the server to register on
 * @example
 * ```ts
 * registerAnswerPrompt(server);
 * ```
 */
export function registerAnswerPrompt(server: McpServer): void {
	server.registerPrompt(
		ANSWER_PROMPT_NAME,
		{
			title: 'Answer a question about figures for an area',
			description:
				'Answer a question about police-recorded child sexual offence figures for a UK area, with sources, caveats and the help lines.',
			argsSchema: {
				// As long as a person's message can be: it must reach the person check, not be refused as too long.
				area: z
					.string()
					.max(MAX_FREE_TEXT_LENGTH)
					.describe('The police force, nation, region or the UK, as the person wrote it.'),
				question: z.string().max(MAX_FREE_TEXT_LENGTH).optional().describe('The question, as the person asked it.'),
			},
		},
		({ area, question }) => ({
			messages: [{ role: 'user', content: { type: 'text', text: answerPromptText(area, question) } }],
		}),
	);
}
