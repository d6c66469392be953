import type { Suggestion } from '../answer/answer.js';
import { exactAreaMatch, searchAreas } from '../area/search-areas.js';
import { indexDataset } from '../dataset/dataset-index.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';

/** The area a name refers to, or suggestions when it is not clear. */
export type AreaResolution =
	| { readonly status: 'found'; readonly area: Area }
	| { readonly status: 'not-found'; readonly suggestions: readonly Suggestion[] };

/** Lowest score that can resolve: a whole name one edit away scores 0.5 (see `searchAreas`). */
const CONFIDENT = 0.5;
/** How far ahead of the runner-up the best match must be; the tolerance absorbs floating-point error (0.9 - 0.8). */
const MARGIN = 0.1 - 1e-9;

/**
 * Resolves what a user typed to one area: an id, a name, an alias, or a near spelling that matches one area clearly
 * better than any other. Anything less certain is not found, with up to five suggestions.
 *
 * @example
 * ```ts
 * resolveArea(dataset, 'derbyshire constabulary'); // { status: 'found', area: { id: 'derbyshire', ... } }
 * resolveArea(dataset, 'Atlantis').status; // "not-found"
 * ```
 */
export function resolveArea(dataset: Dataset, text: string): AreaResolution {
	const exact = indexDataset(dataset).areas.get(text) ?? exactAreaMatch(dataset, text);
	if (exact) return { status: 'found', area: exact };
	const matches = searchAreas(dataset, text, 6);
	const [first, second] = matches;
	if (first && first.score >= CONFIDENT && (!second || first.score - second.score >= MARGIN || first.score === 1)) {
		return { status: 'found', area: first.area };
	}
	return {
		status: 'not-found',
		suggestions: matches.slice(0, 5).map((m) => ({ id: m.area.id, name: m.area.shortName })),
	};
}
