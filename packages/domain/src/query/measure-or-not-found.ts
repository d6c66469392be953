import { type AnswerKind, type AnswerOptions, type NotFoundAnswer, notFound } from '../answer/answer.js';
import { indexDataset } from '../dataset/dataset-index.js';
import { findMeasure } from '../measure/search-measures.js';
import type { Dataset } from '../schema/dataset.js';
import type { Measure } from '../schema/measure.js';
import { ANSWER_WORDING } from '../text/wording.js';

/**
 * The measure step of the area queries: the measure the query names (an id, name or alias such as "grooming"), or
 * the `fallback` measure's id when none is named, or the not-found answer listing the measures held. `undefined` when
 * no measure is named (blank text) and there is no fallback (every measure). All four queries read a measure so.
 */
export function measureOrNotFound<Kind extends AnswerKind>(
	dataset: Dataset,
	kind: Kind,
	text: string | undefined,
	options: AnswerOptions,
	fallback: string,
): Measure | NotFoundAnswer<Kind>;
export function measureOrNotFound<Kind extends AnswerKind>(
	dataset: Dataset,
	kind: Kind,
	text: string | undefined,
	options: AnswerOptions,
): Measure | undefined | NotFoundAnswer<Kind>;
export function measureOrNotFound<Kind extends AnswerKind>(
	dataset: Dataset,
	kind: Kind,
	text: string | undefined,
	options: AnswerOptions,
	fallback?: string,
): Measure | undefined | NotFoundAnswer<Kind> {
	const index = indexDataset(dataset);
	const typed = text?.trim();
	const measure = typed
		? (index.measures.get(typed) ?? findMeasure(dataset, typed))
		: fallback && index.measures.get(fallback);
	if (measure || (!typed && fallback === undefined)) return measure || undefined;
	return notFound(kind, 'unknown-measure', ANSWER_WORDING.notFound.unknownMeasure, {
		...options,
		suggestions: dataset.measures.map((m) => ({ id: m.id, name: m.shortName })),
		input: 'measure',
	});
}
