import type { Area, Dataset } from '@signpost-uk/domain';

/**
 * The areas that hold at least one figure, in registry order: each gets its own page.
 *
 * @example
 * ```ts
 * areasWithFigures(dataset).map((a) => a.id); // ["derbyshire", "staffordshire", ...]
 * ```
 */
export function areasWithFigures(dataset: Dataset): Area[] {
	const held = new Set(dataset.figures.map((f) => f.area));
	return dataset.areas.filter((a) => held.has(a.id));
}
