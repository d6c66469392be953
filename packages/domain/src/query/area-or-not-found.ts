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
 *
 * @example
 * ```ts
 * areaOrNotFound(dataset, 'figures', 'Reading', {}).status; // "found" (Thames Valley Police)
 * const jersey = areaOrNotFound(dataset, 'figures', 'Jersey', {});
 * if (jersey.status === 'not-found') jersey.outside?.kind; // "crown-dependency"
 * ```
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
	const { reason, outside, suggestions } = resolved;
	const message = reason === 'unknown-area' && !outside ? unknownMessage : resolved.message;
	return notFound(kind, reason, message, { ...options, suggestions, input, outside });
}
