import { perDataset } from '../dataset/per-dataset.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { Place } from '../schema/place.js';
import { letterCounts } from './letter-counts.js';
import { normalizeAreaName } from './normalize-area-name.js';

/** One name of one gazetteer place, as compared: a place with three aliases has four. */
export interface PlaceName {
	readonly place: Place;
	/** The name as written ("Caerdydd"). */
	readonly name: string;
	/** The name folded by `normalizeAreaName`. */
	readonly folded: string;
	/** The areas the place lies in, in the place's order. */
	readonly areas: readonly Area[];
	/** Letter counts of `folded`, for the spelling pass's lower bound. */
	readonly letters: Int16Array;
}

/** The gazetteer's lookup tables, built once per dataset on first use. */
export interface PlaceIndex {
	/** Every place name by folded name; several places share a name only when each is marked ambiguous. */
	readonly byName: ReadonlyMap<string, readonly PlaceName[]>;
	/** Every place name sorted by folded name, for prefix search by bisection. */
	readonly sorted: readonly PlaceName[];
	/** Every later word of a place name (not its first), sorted, with the name it starts: word-prefix search. */
	readonly words: readonly { readonly word: string; readonly name: PlaceName }[];
	/**
	 * Place names by folded length and first character ("7|r"), for the spelling pass: only names of a near length
	 * that start with the query's first or second character are read (a slip in the very first letter is not
	 * corrected, a swap of the first two is).
	 */
	readonly byLengthAndFirst: ReadonlyMap<string, readonly PlaceName[]>;
}

/**
 * The key of a spelling-pass bucket.
 *
 * @example
 * ```ts
 * bucketKey(7, 'r'); // "7|r"
 * ```
 */
export function bucketKey(length: number, first: string): string {
	return `${length}|${first}`;
}

/** A place's name and aliases, each folded once (two spellings that fold alike are one entry). */
function placeNames(place: PlaceName['place'], areas: PlaceName['areas']): PlaceName[] {
	const seen = new Set<string>();
	const entries: PlaceName[] = [];
	for (const name of [place.name, ...place.aliases]) {
		const folded = normalizeAreaName(name);
		if (!folded || seen.has(folded)) continue;
		seen.add(folded);
		entries.push({ place, name, folded, areas, letters: letterCounts(folded) });
	}
	return entries;
}

function build(dataset: Dataset): PlaceIndex {
	const areas = new Map(dataset.areas.map((area) => [area.id, area]));
	const byName = new Map<string, PlaceName[]>();
	const all: PlaceName[] = [];
	for (const place of dataset.places) {
		const placeAreas = place.areas.flatMap((id) => {
			const area = areas.get(id);
			return area ? [area] : [];
		});
		if (placeAreas.length === 0) continue;
		for (const entry of placeNames(place, placeAreas)) {
			all.push(entry);
			const list = byName.get(entry.folded);
			if (list) list.push(entry);
			else byName.set(entry.folded, [entry]);
		}
	}
	const sorted = [...all].sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
	const words = all
		.flatMap((name) =>
			name.folded
				.split(' ')
				.slice(1)
				.map((word) => ({ word, name })),
		)
		.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
	const byLengthAndFirst = new Map<string, PlaceName[]>();
	for (const name of all) {
		const key = bucketKey(name.folded.length, name.folded[0] ?? '');
		const bucket = byLengthAndFirst.get(key);
		if (bucket) bucket.push(name);
		else byLengthAndFirst.set(key, [name]);
	}
	return { byName, sorted, words, byLengthAndFirst };
}

const builtIndex = perDataset(build);

/**
 * The gazetteer's tables for a dataset, built on first use and cached for that dataset value, so loading the
 * dataset costs nothing until a place is looked up.
 *
 * @example
 * ```ts
 * placeIndex(dataset).byName.get('caerdydd')?.[0]?.areas[0]?.id; // "south-wales"
 * ```
 */
export function placeIndex(dataset: Dataset): PlaceIndex {
	return builtIndex(dataset);
}

/** The first index in a sorted list whose key is not below `key`. */
export function lowerBound<Item>(list: readonly Item[], key: string, keyOf: (item: Item) => string): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (keyOf(list[middle] as Item) < key) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * A place's name for people: its name, with where it is when another place shares the name
 * ("Newport (Isle of Wight)").
 *
 * @example
 * ```ts
 * placeLabel({ name: 'Newport', where: 'Wales', ambiguous: true, ... }); // "Newport (Wales)"
 * ```
 */
export function placeLabel(place: Place): string {
	return place.where ? `${place.name} (${place.where})` : place.name;
}
