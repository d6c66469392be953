import type { Area, Dataset } from '@signpost-uk/domain';

/**
 * The place names of the domain's gazetteer (`dataset.places`: local authorities, towns, Welsh, Gaelic and Irish
 * names, abbreviations) that resolve to this area alone, sorted. A name any other area's place also carries (a
 * place spanning forces, or one of several real places sharing a name) is left out: the page must not claim it.
 *
 * @example
 * ```ts
 * placesPolicedBy(dataset, westMidlands); // ["Birmingham", "Coventry", "Dudley", ...]
 * ```
 */
export function placesPolicedBy(dataset: Dataset, area: Area): string[] {
	const areasByName = new Map<string, Set<string>>();
	for (const place of dataset.places) {
		for (const name of [place.name, ...place.aliases]) {
			const key = name.toLocaleLowerCase('en-GB');
			const areas = areasByName.get(key) ?? new Set<string>();
			for (const id of place.areas) areas.add(id);
			areasByName.set(key, areas);
		}
	}
	const names = new Map<string, string>();
	for (const place of dataset.places) {
		if (place.ambiguous || place.areas.length !== 1 || place.areas[0] !== area.id) continue;
		for (const name of [place.name, ...place.aliases]) {
			const key = name.toLocaleLowerCase('en-GB');
			if (areasByName.get(key)?.size === 1 && !names.has(key)) names.set(key, name);
		}
	}
	return [...names.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
