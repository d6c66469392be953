import { freeTextWords } from './free-text-words.js';
import { personLexicon } from './person-lexicon.js';

/**
 * Whether a name typed for an area must never be corrected to a place: every word of it is a word the person reader
 * knows ("hurt", "dead", "safe", "harm", "home", "brother") or filler. "hurt" is not a typo for Hart, and "safe" is
 * not Sale: such a word is either help-first (the queries check for that first) or simply no area. Exact place names
 * are unaffected: "Hart", "Hope" and "Reading" still resolve.
 *
 * @example
 * ```ts
 * isNeverCorrected('hurt'); // true
 * isNeverCorrected('derbyshre'); // false
 * ```
 */
export function isNeverCorrected(text: string): boolean {
	const lexicon = personLexicon();
	const words = freeTextWords(text);
	return words.length > 0 && words.every((w) => lexicon.neverCorrected.has(w) || lexicon.filler.has(w));
}
