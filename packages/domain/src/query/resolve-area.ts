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

const soleForces = new WeakMap<Dataset, ReadonlyMap<string, Area>>();

/**
 * The area that holds a nation's figures: the nation itself, or, when it holds none and one force polices all of it,
 * that force (the territories are the same, and the sources report the force's figures as the nation's).
 */
function policingArea(dataset: Dataset, area: Area): Area {
	if (area.kind !== 'nation' || !area.nation) return area;
	let table = soleForces.get(dataset);
	if (!table) {
		const forces = new Map<string, Area[]>();
		for (const a of dataset.areas)
			if (a.kind === 'force' && a.nation) forces.set(a.nation, [...(forces.get(a.nation) ?? []), a]);
		const sole = new Map<string, Area>();
		for (const [nation, list] of forces) if (list.length === 1 && list[0]) sole.set(nation, list[0]);
		table = sole;
		soleForces.set(dataset, table);
	}
	const force = table.get(area.nation);
	const ownFigures = indexDataset(dataset).figuresByArea.get(area.id)?.length ?? 0;
	return force && ownFigures === 0 ? force : area;
}

/**
 * Resolves what a user typed to one area: an id, a name, an alias, or a near spelling that matches one area clearly
 * better than any other. Anything less certain is not found, with up to five suggestions. A nation policed by a
 * single force (Scotland, Northern Ireland) that holds no figures of its own resolves to that force, which holds the
 * nation's figures: "Scotland" answers with Police Scotland's.
 *
 * @example
 * ```ts
 * resolveArea(dataset, 'derbyshire constabulary'); // { status: 'found', area: { id: 'derbyshire', ... } }
 * resolveArea(dataset, 'Atlantis').status; // "not-found"
 * resolveArea(dataset, 'Scotland'); // { status: 'found', area: { id: 'police-scotland', ... } }
 * ```
 */
export function resolveArea(dataset: Dataset, text: string): AreaResolution {
	const exact = indexDataset(dataset).areas.get(text) ?? exactAreaMatch(dataset, text);
	if (exact) return { status: 'found', area: policingArea(dataset, exact) };
	const matches = searchAreas(dataset, text, 6);
	const [first, second] = matches;
	if (first && first.score >= CONFIDENT && (!second || first.score - second.score >= MARGIN || first.score === 1)) {
		return { status: 'found', area: policingArea(dataset, first.area) };
	}
	return {
		status: 'not-found',
		suggestions: matches.slice(0, 5).map((m) => ({ id: m.area.id, name: m.area.shortName })),
	};
}
