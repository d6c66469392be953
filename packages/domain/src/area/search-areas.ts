import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import { editDistance } from './edit-distance.js';
import { normalizeAreaName } from './normalize-area-name.js';

/** One area search result. */
export interface AreaMatch {
	readonly area: Area;
	/** 0 to 1, higher is better: 1 exact name or alias, 0.9 prefix, 0.8 word prefix, 0.7 substring, below for typos. */
	readonly score: number;
	/** The name or alias that matched. */
	readonly matched: string;
}

interface Entry {
	readonly area: Area;
	readonly name: string;
	readonly folded: string;
	readonly words: readonly string[];
	/** Letter counts of `folded`, for a cheap lower bound on the edit distance. */
	readonly letters: Int16Array;
}

/** Folded names hold only a-z, 0-9 and spaces: one slot each, and one for anything else. */
const SLOTS = 38;

function slot(code: number): number {
	if (code >= 97 && code <= 122) return code - 97;
	if (code >= 48 && code <= 57) return code - 22;
	return code === 32 ? 36 : 37;
}

function letterCounts(text: string, length = text.length): Int16Array {
	const counts = new Int16Array(SLOTS);
	for (let i = 0; i < length; i++) counts[slot(text.charCodeAt(i))] = (counts[slot(text.charCodeAt(i))] as number) + 1;
	return counts;
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

/** The order areas with equal scores are listed in: forces first, then by short name. */
function byKindThenName(a: Area, b: Area): number {
	return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.shortName.localeCompare(b.shortName);
}

const entriesCache = new WeakMap<Dataset, readonly Entry[]>();
const exactCache = new WeakMap<Dataset, ReadonlyMap<string, Area>>();

/** Search text as it is compared: at most 200 characters, folded. */
function foldQuery(text: string): string {
	return normalizeAreaName(text.slice(0, 200));
}

function entries(dataset: Dataset): readonly Entry[] {
	let list = entriesCache.get(dataset);
	if (!list) {
		list = dataset.areas.flatMap((area) => {
			const names = [area.shortName, area.name, area.id, ...area.aliases];
			const seen = new Set<string>();
			return names.flatMap((name) => {
				const folded = normalizeAreaName(name);
				if (!folded || seen.has(folded)) return [];
				seen.add(folded);
				return [{ area, name, folded, words: folded.split(' '), letters: letterCounts(folded) }];
			});
		});
		entriesCache.set(dataset, list);
	}
	return list;
}

function score(query: string, letters: QueryLetters, entry: Entry): number {
	const { folded } = entry;
	if (folded === query) return 1;
	if (folded.startsWith(query)) return 0.9;
	if (entry.words.some((word) => word.startsWith(query))) return 0.8;
	if (query.length >= 3 && folded.includes(query)) return 0.7;
	if (query.length < 4) return 0;
	const max = query.length < 7 ? 1 : 2;
	if (Math.abs(folded.length - query.length) <= max && countsBound(letters, entry.letters, folded.length) <= max) {
		const whole = editDistance(query, folded, max);
		if (whole <= max) return 0.6 - whole * 0.1;
	}
	if (prefixBound(letters, folded) > max) return 0;
	const prefix = editDistance(query, folded.slice(0, query.length), max);
	if (prefix <= max) return 0.5 - prefix * 0.1;
	return 0;
}

/**
 * Finds areas by name for autocomplete and lookup: case, "&"/"and", "-"/"_"/space and a trailing "Police",
 * "Constabulary" or "Police Service" do not matter; aliases count ("Notts", "the Met"); small typos are forgiven
 * ("derbyshre"). Best first: score, then forces before other kinds, then name. An empty query lists every area.
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
	const best = new Map<string, AreaMatch>();
	for (const entry of entries(dataset)) {
		const value = query ? score(query, letters, entry) : 0.1;
		if (value <= 0) continue;
		const current = best.get(entry.area.id);
		if (!current || value > current.score)
			best.set(entry.area.id, { area: entry.area, score: value, matched: entry.name });
	}
	return [...best.values()]
		.sort((a, b) => b.score - a.score || byKindThenName(a.area, b.area))
		.slice(0, Math.max(0, limit));
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
	let table = exactCache.get(dataset);
	if (!table) {
		const map = new Map<string, Area>();
		for (const entry of [...entries(dataset)].sort((a, b) => byKindThenName(a.area, b.area))) {
			if (!map.has(entry.folded)) map.set(entry.folded, entry.area);
		}
		table = map;
		exactCache.set(dataset, table);
	}
	const query = foldQuery(text);
	return query ? table.get(query) : undefined;
}
