import type { Area, Dataset } from '@signpost-uk/domain';
import { htmlText, mdText } from './markdown-text.js';

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
/**
 * The places the domain's gazetteer resolves to this force alone, so the site search finds the page by a town, an
 * authority, an abbreviation or a Welsh name a reader types ("Birmingham", "Hants", "Caerdydd"). `null` when none.
 *
 * @example
 * ```ts
 * placesSection(dataset, southWales); // "## Places policed by South Wales Police ... Caerdydd ..."
 * ```
 */
export function placesSection(dataset: Dataset, area: Area): string | null {
	const places = placesPolicedBy(dataset, area);
	if (places.length === 0) return null;
	return [
		`## Places policed by ${mdText(area.name)}`,
		'',
		`Local authorities, towns and other names (short forms, Welsh, Gaelic and Irish names) that Signpost answers with this force: ${places.map((p) => mdText(p)).join(', ')}.`,
		'',
		// The same names as the page's `places` metadata, which the site search weights above body text.
		`<span hidden data-pagefind-ignore data-pagefind-meta="places">${places.map(htmlText).join(' ')}</span>`,
		'',
	].join('\n');
}
