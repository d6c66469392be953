import type { Answer, FigureView } from '@signpost-uk/domain';

/**
 * Every figure an answer shows, in the order it shows them: for `getFigures` the year's figures, then figures for
 * spans of years, then any disputed previous-year figures and previous-year figures from another release (shown, not
 * compared). A not-found or help-first answer has none.
 *
 * @param answer - any answer
 * @returns the figures, each with its sources and quotes
 * @example
 * ```ts
 * import { answerFigures, getSeries } from '@signpost-uk/sdk';
 *
 * answerFigures(getSeries({ area: 'Staffordshire' })).map((f) => f.valueText); // ["1,347", "1,681", ...]
 * ```
 */
export function answerFigures(answer: Answer): readonly FigureView[] {
	if (answer.status !== 'found') return [];
	switch (answer.kind) {
		case 'figures':
			return [
				...answer.data.figures,
				...answer.data.spanFigures,
				...answer.data.disputedPrevious,
				...answer.data.notCompared.map((pair) => pair.from),
			];
		case 'series':
			return answer.data.points.flatMap((p) => p.figures);
		case 'compare':
			return answer.data.rows.flatMap((r) => r.figures);
		case 'national':
			return answer.data.figures;
	}
}
