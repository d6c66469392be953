import { renderHelp, selectHelp } from '@signpost-uk/domain';
import type { APIInteractionResponse, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { InteractionHandler } from '../core/create-interaction-handler.js';
import { readPersonText } from '../core/read-person.js';
import { helpFirstResponse } from '../pages/help-first-message.js';
import { parseCommandLine } from './parse-command-line.js';
import { renderResponse } from './render-response.js';

/** The outcome of {@link answerCommandLine}. */
export type CommandLineAnswer =
	| { readonly ok: true; readonly response: APIInteractionResponse; readonly text: string }
	| { readonly ok: false; readonly text: string };

/**
 * The console's refusal for a line it cannot read: why, how to write a command, and the help lines.
 *
 * @example
 * ```ts
 * refusalText('A " quote is not closed.', commandDefinitions);
 * ```
 */
export function refusalText(
	error: string,
	definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): string {
	return [
		`Could not read that command line: ${error}`,
		`Commands: ${definitions.map((definition) => `/${definition.name}`).join(', ')}. Example: /figures area:"Thames Valley" year:2016/17`,
		'',
		renderHelp(selectHelp()),
	].join('\n');
}

/**
 * Parses one slash command line, passes the interaction to the core and renders the reply as Discord would show it.
 *
 * @example
 * ```ts
 * const answer = answerCommandLine('/support', handleInteraction, commandDefinitions);
 * console.log(answer.text);
 * ```
 */
export function answerCommandLine(
	line: string,
	handler: InteractionHandler,
	definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): CommandLineAnswer {
	const parsed = parseCommandLine(line, definitions);
	if (!parsed.ok) {
		// A line that is not a command but reads as a person speaking gets the help-first reply, not a refusal.
		const person = readPersonText(line);
		if (person) {
			const response = helpFirstResponse(person, 'en');
			return { ok: true, response, text: renderResponse(response) };
		}
		return { ok: false, text: refusalText(parsed.error, definitions) };
	}
	const response = handler(parsed.interaction);
	return { ok: true, response, text: renderResponse(response) };
}
