import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CAVEATS, getHelplines } from '@signpost-uk/sdk';
import { z } from 'zod';
import { RESPONSIBLE_USE } from '../tools/responsible-use.js';

/** The prompt's name. */
export const ANSWER_PROMPT_NAME = 'answer_area_question';

/**
 * The prompt "answer a question about figures for an area": tells the model which tools to use and how, with the
 * safeguarding wording (the standing caveats and the help lines) in the prompt itself.
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
				area: z.string().max(100).describe('The police force, nation, region or the UK, as the person wrote it.'),
				question: z.string().max(1_000).optional().describe('The question, as the person asked it.'),
			},
		},
		({ area, question }) => ({
			messages: [{ role: 'user', content: { type: 'text', text: answerPromptText(area, question) } }],
		}),
	);
}
