import { perDataset } from '../dataset/per-dataset.js';
import { isNeverCorrected } from '../person/never-corrected.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import { editDistance } from './edit-distance.js';
import { letterCounts, SLOTS, slot } from './letter-counts.js';
import { normalizeAreaName } from './normalize-area-name.js';
import { bucketKey, lowerBound, type PlaceName, placeIndex, placeLabel } from './place-index.js';

/** One area search result. */
export interface AreaMatch {
	readonly area: Area;
	/**
	 * 0 to 1, higher is better: 1 the area's own name, 0.99 an alias, 0.97 a place in the area, 0.95 a prefix of the
	 * area's own name, 0.9 of an alias, 0.85 of a place, 0.8-0.75 a word prefix, 0.7 a substring of the area's own
	 * name, below 0.6 for a near spelling.
	 */
	readonly score: number;
	/** The name, alias or place name that matched. */
	readonly matched: string;
	/**
	 * When the match came through the place gazetteer: the place's name for people ("Reading",
	 * "Newport (Isle of Wight)"), so a list can say "Reading → Thames Valley Police".
	 */
	readonly place?: string;
}

interface Entry {
	readonly area: Area;
	readonly name: string;
	/** The area's own name, short name or id (not an alias). */
	readonly own: boolean;
	readonly folded: string;
	readonly words: readonly string[];
	/** Letter counts of `folded`, for a cheap lower bound on the edit distance. */
	readonly letters: Int16Array;
}

/** The query's letter counts, with the slots it uses, so a bound touches only those. */
interface QueryLetters {
	readonly counts: Int16Array;
	readonly slots: readonly number[];
	readonly length: number;
}

function queryLetters(query: string): QueryLetters {
	const counts = letterCounts(query);
	const slots: number[] = [];
	for (let i = 0; i < SLOTS; i++) if ((counts[i] as number) > 0) slots.push(i);
	return { counts, slots, length: query.length };
}

/**
 * A lower bound on the edit distance from letter counts alone: a substitution changes them by 2, an insertion or
 * deletion by 1, a transposition not at all, so the distance is at least half their difference. The difference is
 * the two lengths less twice the letters they share, and only the query's letters can be shared.
 */
function countsBound(query: QueryLetters, entry: Int16Array, entryLength: number): number {
	let shared = 0;
	for (const i of query.slots) shared += Math.min(query.counts[i] as number, entry[i] as number);
	return Math.ceil((query.length + entryLength - 2 * shared) / 2);
}

const remaining = new Int16Array(SLOTS);

/** The same bound against the first `query.length` characters of `text`, without counting them into an array. */
function prefixBound(query: QueryLetters, text: string): number {
	remaining.set(query.counts);
	const end = Math.min(query.length, text.length);
	let shared = 0;
	for (let i = 0; i < end; i++) {
		const at = slot(text.charCodeAt(i));
		if ((remaining[at] as number) > 0) {
			remaining[at] = (remaining[at] as number) - 1;
			shared++;
		}
	}
	return Math.ceil((query.length + end - 2 * shared) / 2);
}

const KIND_ORDER: Record<Area['kind'], number> = { force: 0, nation: 1, uk: 2, region: 3, group: 4 };
/** With nothing typed: the UK and the nations first, then forces. */
const EMPTY_ORDER: Record<Area['kind'], number> = { uk: 0, nation: 1, force: 2, region: 3, group: 4 };

/** The order areas with equal scores are listed in: forces first, then by short name. */
function byKindThenName(a: Area, b: Area, order = KIND_ORDER): number {
	return order[a.kind] - order[b.kind] || a.shortName.localeCompare(b.shortName);
}

/** Search text as it is compared: at most 200 characters, folded. */
function foldQuery(text: string): string {
	return normalizeAreaName(text.slice(0, 200));
}

/** Every name each area answers to, folded, with its letters counted: built once per dataset. */
const entries = perDataset((dataset): readonly Entry[] =>
	dataset.areas.flatMap((area) => {
		const names = [area.shortName, area.name, area.id, ...area.aliases];
		const seen = new Set<string>();
		return names.flatMap((name, i) => {
			const folded = normalizeAreaName(name);
			if (!folded || seen.has(folded)) return [];
			seen.add(folded);
			return [{ area, name, own: i < 3, folded, words: folded.split(' '), letters: letterCounts(folded) }];
		});
	}),
);

/** The spelling tolerance for a query: one edit up to six letters, two from seven; none below four letters. */
export function typoAllowance(query: string): number {
	if (query.length < 4) return 0;
	return query.length < 7 ? 1 : 2;
}

/** The score of a name the query matches as written (whole, prefix, word prefix, or inside an own name); 0 if none. */
function literalScore(query: string, entry: Entry): number {
	const { folded } = entry;
	if (folded === query) return entry.own ? 1 : 0.99;
	if (folded.startsWith(query)) return entry.own ? 0.95 : 0.9;
	if (entry.words.some((word) => word.startsWith(query))) return entry.own ? 0.92 : 0.8;
	if (entry.own && query.length >= 3 && folded.includes(query)) return 0.7;
	return 0;
}

function score(query: string, letters: QueryLetters, entry: Entry, typos: boolean): number {
	const literal = literalScore(query, entry);
	if (literal > 0) return literal;
	const max = typos ? typoAllowance(query) : 0;
	if (max === 0) return 0;
	const { folded } = entry;
	if (Math.abs(folded.length - query.length) <= max && countsBound(letters, entry.letters, folded.length) <= max) {
		const whole = editDistance(query, folded, max);
		if (whole <= max) return 0.6 - whole * 0.1;
	}
	if (prefixBound(letters, folded) > max) return 0;
	const prefix = editDistance(query, folded.slice(0, query.length), max);
	if (prefix <= max) return 0.5 - prefix * 0.1;
	return 0;
}

/** A gazetteer name within the spelling tolerance of a query, with its distance. */
export interface NearName {
	readonly name: PlaceName;
	readonly distance: number;
}

/**
 * Gazetteer names within `max` edits of a folded query, reading only names of a near length that start with the
 * query's first or second character, and skipping those the letter counts rule out.
 */
export function nearPlaceNames(dataset: Dataset, query: string, max: number): NearName[] {
	if (max === 0) return [];
	const { byLengthAndFirst } = placeIndex(dataset);
	const letters = queryLetters(query);
	const firsts = query[1] && query[1] !== query[0] ? [query[0] ?? '', query[1]] : [query[0] ?? ''];
	const buckets: (readonly PlaceName[])[] = [];
	for (let length = query.length - max; length <= query.length + max; length++)
		for (const first of firsts) buckets.push(byLengthAndFirst.get(bucketKey(length, first)) ?? []);
	const near: NearName[] = [];
	for (const name of buckets.flat()) {
		if (countsBound(letters, name.letters, name.folded.length) > max) continue;
		const distance = editDistance(query, name.folded, max);
		if (distance <= max) near.push({ name, distance });
	}
	return near;
}

/**
 * Area names (own names and aliases) within `max` edits of a folded query, with their distance.
 */
export function nearAreaNames(
	dataset: Dataset,
	query: string,
	max: number,
): { readonly area: Area; readonly name: string; readonly distance: number }[] {
	if (max === 0) return [];
	const letters = queryLetters(query);
	const near: { area: Area; name: string; distance: number }[] = [];
	for (const entry of entries(dataset)) {
		if (Math.abs(entry.folded.length - query.length) > max) continue;
		if (countsBound(letters, entry.letters, entry.folded.length) > max) continue;
		const distance = editDistance(query, entry.folded, max);
		if (distance <= max) near.push({ area: entry.area, name: entry.name, distance });
	}
	return near;
}

type Best = Map<string, AreaMatch>;

function offer(best: Best, area: Area, score: number, matched: string, place?: string): void {
	const current = best.get(area.id);
	if (!current || score > current.score)
		best.set(area.id, place === undefined ? { area, score, matched } : { area, score, matched, place });
}

/** At most this many gazetteer names are read for a prefix: enough to fill a list, cheap for "s". */
const PREFIX_SCAN = 50;

/** Gazetteer matches: exact names, prefixes and word prefixes by bisection, near spellings by length bucket. */
function searchPlaces(dataset: Dataset, query: string, best: Best, typos: boolean): void {
	const index = placeIndex(dataset);
	const fromPlace = (name: PlaceName, value: number) => {
		for (const area of name.areas) offer(best, area, value, name.name, placeLabel(name.place));
	};
	for (
		let i = lowerBound(index.sorted, query, (n) => n.folded), n = 0;
		i < index.sorted.length && n < PREFIX_SCAN;
		i++, n++
	) {
		const name = index.sorted[i] as PlaceName;
		if (!name.folded.startsWith(query)) break;
		fromPlace(name, name.folded === query ? 0.97 : 0.85);
	}
	for (
		let i = lowerBound(index.words, query, (w) => w.word), n = 0;
		i < index.words.length && n < PREFIX_SCAN;
		i++, n++
	) {
		const word = index.words[i] as { word: string; name: PlaceName };
		if (!word.word.startsWith(query)) break;
		fromPlace(word.name, 0.75);
	}
	for (const near of nearPlaceNames(dataset, query, typos ? typoAllowance(query) : 0))
		fromPlace(near.name, 0.6 - near.distance * 0.1);
}

/**
 * Finds areas by name for autocomplete and lookup: case, "&"/"and", "-"/"_"/space and a trailing "Police",
 * "Constabulary" or "Police Service" do not matter; aliases count ("Notts", "the Met"); small typos are forgiven
 * ("derbyshre"), but never for a word that reads as a person ("hurt" is not Hart); places in the gazetteer find the force that polices them ("Reading" finds Thames Valley Police, with
 * `place` set); a phrase that matches nothing as a whole offers the names within it ("crime in leeds" offers West
 * Yorkshire Police, for Leeds). Best first: score (an area's own name before an alias, an alias before a place), then forces before
 * other kinds, then name. An empty query lists every area, the UK and the nations first.
 *
 * @param dataset - the dataset whose areas to search
 * @param text - what the user typed
 * @param limit - at most this many results (default 25, Discord's autocomplete limit)
 * @example
 * ```ts
 * searchAreas(dataset, 'derbyshre')[0]?.area.id; // "derbyshire"
 * searchAreas(dataset, 'Avon & Somerset Police')[0]?.area.id; // "avon-and-somerset"
 * ```
 */
export function searchAreas(dataset: Dataset, text: string, limit = 25): AreaMatch[] {
	const query = foldQuery(text);
	const letters = queryLetters(query);
	const best: Best = new Map();
	// "hurt" is not a typo for Hart: a word that reads as a person is matched as typed, never as a near spelling.
	const typos = query !== '' && !isNeverCorrected(query);
	for (const entry of entries(dataset)) {
		const value = query ? score(query, letters, entry, typos) : 0.1;
		if (value > 0) offer(best, entry.area, value, entry.name);
	}
	if (query) searchPlaces(dataset, query, best, typos);
	if (best.size === 0) namesWithin(dataset, query, best);
	const order = query ? KIND_ORDER : EMPTY_ORDER;
	return [...best.values()]
		.sort((a, b) => b.score - a.score || byKindThenName(a.area, b.area, order))
		.slice(0, Math.max(0, limit));
}

/** The most words a name within a phrase is read from ("Dorset, Hampshire and IoW" folds to five). */
const RUN = 5;

/**
 * Names within a phrase that matches nothing as a whole ("crime in leeds", "offences in kent 2023"): each run of
 * whole words that is exactly an area's name or alias or a gazetteer place, longest first and never overlapping,
 * offered below every other kind of match. They are only ever suggestions: a phrase never resolves to a name in it,
 * since "reading about bath" names no place for certain.
 */
function namesWithin(dataset: Dataset, query: string, best: Best): void {
	const words = query.split(' ');
	const taken = words.map(() => false);
	for (const [from, to] of wordRuns(words.length)) {
		if (taken.slice(from, to).some(Boolean)) continue;
		if (offerNamed(dataset, words.slice(from, to).join(' '), best)) taken.fill(true, from, to);
	}
}

/** Each run of whole words shorter than the phrase, as [from, to): longest first, then left to right. */
function* wordRuns(count: number): Generator<readonly [number, number]> {
	for (let length = Math.min(RUN, count - 1); length >= 1; length--)
		for (let from = 0; from + length <= count; from++) yield [from, from + length];
}

/** Offers the area a run of words names exactly, or the areas of the places it names; false when it names none. */
function offerNamed(dataset: Dataset, run: string, best: Best): boolean {
	if (run.length < 2) return false;
	const exact = exactAreaName(dataset, run);
	// Two letters are an area's initials ("uk", "ni") but too often a place's by chance.
	const places = run.length > 2 ? placeIndex(dataset).byName.get(run) : undefined;
	if (exact) offer(best, exact.area, 0.5, exact.name);
	for (const name of places ?? [])
		for (const area of name.areas) offer(best, area, 0.45, name.name, placeLabel(name.place));
	return exact !== undefined || places !== undefined;
}

/**
 * The area whose name, short name, id or alias folds to exactly the same text, as {@link searchAreas} would rank it
 * first with a perfect score (forces before regions: "West Midlands" is the force), from a table built once per
 * dataset. `undefined` when no name matches exactly.
 *
 * @example
 * ```ts
 * exactAreaMatch(dataset, 'Avon & Somerset Constabulary')?.id; // "avon-and-somerset"
 * ```
 */
export function exactAreaMatch(dataset: Dataset, text: string): Area | undefined {
	return exactAreaName(dataset, foldQuery(text))?.area;
}

/** An area name that matched exactly: the area, the name as written, and whether it is the area's own name. */
export interface ExactAreaName {
	readonly area: Area;
	readonly name: string;
	/** The area's own name, short name or id, not an alias. */
	readonly own: boolean;
}

/**
 * The area whose name, short name, id or alias is exactly a folded query (forces first), from a table built once
 * per dataset.
 *
 * @example
 * ```ts
 * exactAreaName(dataset, 'notts')?.own; // false (an alias of Nottinghamshire Police)
 * ```
 */
export function exactAreaName(dataset: Dataset, folded: string): ExactAreaName | undefined {
	return folded ? exactNames(dataset).get(folded) : undefined;
}

/** Each folded name to its area, the first by kind then name where several areas share it: built once per dataset. */
const exactNames = perDataset((dataset): ReadonlyMap<string, ExactAreaName> => {
	const map = new Map<string, ExactAreaName>();
	for (const entry of [...entries(dataset)].sort((a, b) => byKindThenName(a.area, b.area))) {
		if (!map.has(entry.folded)) map.set(entry.folded, { area: entry.area, name: entry.name, own: entry.own });
	}
	return map;
});

/**
 * Folds what a user typed for matching, as every area lookup does: at most 200 characters, then
 * `normalizeAreaName`.
 *
 * @example
 * ```ts
 * foldAreaQuery('The Met'); // "met"
 * ```
 */
export function foldAreaQuery(text: string): string {
	return foldQuery(text);
}
