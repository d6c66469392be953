import { problem } from '../http/problem.js';
import type { Helped } from '../http/send-json.js';
import { json, problemReply, type Reply } from './reply.js';

/** The parts of an SDK result the HTTP status depends on. */
interface SdkResult extends Helped {
	readonly status: string;
	readonly reason?: string;
	readonly message?: string;
	readonly input?: string | undefined;
	readonly suggestions?: readonly { readonly id: string; readonly name: string; readonly detail?: string }[];
}

/** Reasons that mean the request was wrong: a 400 naming the parameter. */
const BAD_PARAMETER = new Set(['invalid-query', 'invalid-year', 'ambiguous-year', 'unknown-measure']);

/**
 * The query parameter an SDK input path is about: `query.area` and `area` are `area`, `areas.1` is `areas`, and
 * `renames` maps the SDK's argument names to the API's (`text` is `q`).
 */
function parameterOf(input: string | undefined, renames: Readonly<Record<string, string>>): string | undefined {
	if (input === undefined) return undefined;
	const parts = input.split('.').filter((part) => !/^\d+$/.test(part));
	const name = ['query', 'filter', 'options'].includes(parts[0] ?? '') && parts.length > 1 ? parts[1] : parts[0];
	return name === undefined ? undefined : (renames[name] ?? name);
}

/**
 * An SDK result as an HTTP reply. Found, help-first, and the correct "no figure" answers (no published figure, a year
 * outside the dataset, a name meaning several areas, with the choices) are 200 with the SDK's result as it is; a
 * request the SDK could not read is a 400 naming the parameter; a name matching no area is a 404 with suggestions.
 *
 * @param result - what the SDK returned
 * @param renames - SDK argument names that are called otherwise here (`{ text: 'q' }`)
 * @example
 * ```ts
 * return answerReply(getFigures({ area: query.area }));
 * ```
 */
export function answerReply(result: SdkResult, renames: Readonly<Record<string, string>> = {}): Reply {
	// A person speaking: help first, naming the query parameter the words came in (`q`, not the SDK's `text`).
	if (result.status === 'help-first') return json({ ...result, input: parameterOf(result.input, renames) });
	if (result.status !== 'not-found') return json(result);
	const parameter = parameterOf(result.input, renames);
	const detail = result.message ?? 'No answer for that request.';
	if (result.reason !== undefined && BAD_PARAMETER.has(result.reason)) {
		return problemReply(problem('bad-parameter', detail, parameter === undefined ? {} : { parameter }));
	}
	if (result.reason === 'unknown-area') {
		return problemReply(
			problem('unknown-area', detail, {
				...(parameter === undefined ? {} : { parameter }),
				suggestions: result.suggestions ?? [],
			}),
		);
	}
	return json(result);
}
