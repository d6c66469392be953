import { editDistance } from '../area/edit-distance.js';
import { normalizeAreaName } from '../area/normalize-area-name.js';
import { perDataset } from '../dataset/per-dataset.js';
import type { Dataset } from '../schema/dataset.js';
import type { Measure } from '../schema/measure.js';

/** One measure search result. */
export interface MeasureMatch {
	readonly measure: Measure;
	/**
	 * 0 to 1, higher is better: 1 an id, name, short name or word for it ("grooming"), 0.95 a prefix of its name, 0.9
	 * of a word for it, 0.85 of its id, 0.8 a prefix of a word in its name, 0.7 a substring of its name, below 0.6 a
	 * near spelling.
	 */
	readonly score: number;
	/** The name or word that matched. */
	readonly matched: string;
}

interface Entry {
	readonly measure: Measure;
	readonly name: string;
	readonly folded: string;
	/** The measure's own name or short name (not its id, nor a word people use for it). */
	readonly own: boolean;
	readonly isId: boolean;
}

/** Folds a measure name: as area names, without dropping "police" (no measure ends in it). */
function fold(text: string): string {
	return normalizeAreaName(text.slice(0, 100));
}

/** Every name each measure answers to (id, names, aliases), folded: built once per dataset. */
const entries = perDataset((dataset): readonly Entry[] =>
	dataset.measures.flatMap((measure) => {
		const seen = new Set<string>();
		return [measure.id, measure.name, measure.shortName, ...measure.aliases].flatMap((name, i) => {
			const folded = fold(name);
			if (!folded || seen.has(folded)) return [];
			seen.add(folded);
			return [{ measure, name, folded, own: i === 1 || i === 2, isId: i === 0 }];
		});
	}),
);

function score(query: string, entry: Entry): number {
	const { folded } = entry;
	if (folded === query) return 1;
	if (folded.startsWith(query)) return entry.own ? 0.95 : entry.isId ? 0.85 : 0.9;
	if (folded.split(' ').some((word) => word.startsWith(query))) return 0.8;
	if (query.length >= 3 && folded.includes(query)) return 0.7;
	if (query.length < 4) return 0;
	const max = query.length < 7 ? 1 : 2;
	const distance = editDistance(query, folded, max);
	return distance <= max ? 0.6 - distance * 0.1 : 0;
}

/**
 * Finds measures by id, name, short name or the words people use for them ("grooming", "SCWC", "online", "cyber",
 * "total", "outcomes", "charged"), best first; an empty query lists every measure in the dataset's order.
 *
 * @param dataset - the dataset whose measures to search
 * @param text - what the user typed
 * @param limit - at most this many results (default 25)
 * @example
 * ```ts
 * searchMeasures(dataset, 'grooming')[0]?.measure.id; // "sexual-communication-with-a-child"
 * ```
 */
export function searchMeasures(dataset: Dataset, text: string, limit = 25): MeasureMatch[] {
	const query = fold(text);
	const best = new Map<string, MeasureMatch>();
	const order = new Map(dataset.measures.map((m, i) => [m.id, i]));
	for (const entry of entries(dataset)) {
		const value = query ? score(query, entry) : 0.1;
		if (value <= 0) continue;
		const current = best.get(entry.measure.id);
		if (!current || value > current.score)
			best.set(entry.measure.id, { measure: entry.measure, score: value, matched: entry.name });
	}
	return [...best.values()]
		.sort((a, b) => b.score - a.score || (order.get(a.measure.id) ?? 0) - (order.get(b.measure.id) ?? 0))
		.slice(0, Math.max(0, limit));
}

/**
 * The measure whose id, name, short name or word for it is exactly what was typed (folded), else the only measure
 * one spelling slip away; `undefined` when none is, or several are.
 *
 * @example
 * ```ts
 * findMeasure(dataset, 'SCWC')?.id; // "sexual-communication-with-a-child"
 * findMeasure(dataset, 'groming')?.id; // "sexual-communication-with-a-child"
 * ```
 */
export function findMeasure(dataset: Dataset, text: string): Measure | undefined {
	const matches = searchMeasures(dataset, text, 2);
	const [first, second] = matches;
	if (!first) return undefined;
	if (first.score === 1) return first.measure;
	// A prefix or substring never decides; a near spelling does when no other measure is as near.
	if (first.score <= 0.6 && first.score >= 0.4 && (!second || second.score < first.score)) return first.measure;
	return undefined;
}
