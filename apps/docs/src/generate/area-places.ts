import type { Area, Dataset } from '@signpost-uk/domain';

const nameKey = (name: string) => name.toLocaleLowerCase('en-GB');

/** For every place name and alias in the gazetteer (case-insensitive), the ids of the areas any place so named is in. */
function areasByPlaceName(dataset: Dataset): Map<string, Set<string>> {
	const areasByName = new Map<string, Set<string>>();
	for (const place of dataset.places) {
		for (const name of [place.name, ...place.aliases]) {
			const areas = areasByName.get(nameKey(name)) ?? new Set<string>();
			for (const id of place.areas) areas.add(id);
			areasByName.set(nameKey(name), areas);
		}
	}
	return areasByName;
}

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
	const areasByName = areasByPlaceName(dataset);
	const names = new Map<string, string>();
	const own = dataset.places.filter((p) => !p.ambiguous && p.areas.length === 1 && p.areas[0] === area.id);
	for (const name of own.flatMap((p) => [p.name, ...p.aliases])) {
		const key = nameKey(name);
		if (areasByName.get(key)?.size === 1 && !names.has(key)) names.set(key, name);
	}
	return [...names.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
