import type { ConflictView, FigureView } from './figure-view.js';

/** One line of an answer: a figure, or the figures of one conflict shown together (one value per source). */
export interface FigureRow {
	/** The figures on the line: one, or every side of `conflict` that is among the figures shown. */
	readonly figures: readonly [FigureView, ...FigureView[]];
	/** The conflict joining the figures, when there are two or more. */
	readonly conflict?: ConflictView | undefined;
}

/**
 * Figures as the lines an answer shows: the sides of a conflict that are shown together make one line, at the
 * place of the first of them, so a disagreement is said once ("10,391 or 10,331"), never once per side.
 *
 * @example
 * ```ts
 * figureRows(views).map((row) => row.figures.length); // [1, 2]: the second line holds both sides of a conflict
 * ```
 */
export function figureRows(views: readonly FigureView[]): FigureRow[] {
	const ids = new Set(views.map((v) => v.figure.id));
	const placed = new Set<string>();
	const rows: FigureRow[] = [];
	for (const view of views) {
		if (placed.has(view.figure.id)) continue;
		placed.add(view.figure.id);
		const conflict = view.conflicts.find((c) =>
			c.values.some((v) => v.figureId !== view.figure.id && ids.has(v.figureId) && !placed.has(v.figureId)),
		);
		if (!conflict) {
			rows.push({ figures: [view] });
			continue;
		}
		const sides = views.filter(
			(v) => !placed.has(v.figure.id) && conflict.values.some((c) => c.figureId === v.figure.id),
		);
		for (const side of sides) placed.add(side.figure.id);
		rows.push({ figures: [view, ...sides], conflict });
	}
	return rows;
}
