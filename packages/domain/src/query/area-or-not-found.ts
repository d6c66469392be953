import { type AnswerKind, type AnswerOptions, type NotFoundAnswer, notFound } from '../answer/answer.js';
import type { Dataset } from '../schema/dataset.js';
import { ANSWER_WORDING } from '../text/wording.js';
import { type AreaResolution, resolveArea } from './resolve-area.js';

/** An area a query names, resolved. */
export type ResolvedArea = Extract<AreaResolution, { status: 'found' }>;

/**
 * The first step of every area query: the area the query names, or the not-found answer saying why (no area
 * matches, with suggestions; or the name means several areas, with them as the choices). Never a guess.
 *
 * @param unknownMessage - what to say when no area matches (the compare query names which of its areas)
 * @param input - the query field the area came from, for the answer's `input`
 */
export function areaOrNotFound<Kind extends AnswerKind>(
	dataset: Dataset,
	kind: Kind,
	text: string,
	options: AnswerOptions,
	unknownMessage: string = ANSWER_WORDING.notFound.unknownArea,
	input = 'area',
): ResolvedArea | NotFoundAnswer<Kind> {
	const resolved = resolveArea(dataset, text);
	if (resolved.status === 'found') return resolved;
	const message = resolved.reason === 'unknown-area' && !resolved.outside ? unknownMessage : resolved.message;
	return notFound(kind, resolved.reason, message, { ...options, suggestions: resolved.suggestions, input });
}
