import type { Area, Dataset } from '@signpost-uk/domain';

/**
 * The areas that get a page of their own, in registry order: every area holding a figure, and every police force,
 * figures or not (a force with none gets a page saying what is and is not held, with help).
 *
 * @example
 * ```ts
 * areasWithPages(dataset).some((a) => a.id === 'city-of-london'); // true, though it holds no figure
 * ```
 */
export function areasWithPages(dataset: Dataset): Area[] {
	const held = new Set(dataset.figures.map((f) => f.area));
	return dataset.areas.filter((a) => held.has(a.id) || a.kind === 'force');
}
