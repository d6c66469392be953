import { MAX_FREE_TEXT_LENGTH } from './max-free-text-length.js';

/**
 * One word as the person reader compares it: every run of a repeated letter written once, so "helppp", "scareddd"
 * and "killl" read as "help", "scared" and "kil" (the lexicon's words are folded the same way, so "kill" is "kil"
 * there too).
 *
 * @example
 * ```ts
 * foldWord('helppp'); // "help"
 * ```
 */
export function foldWord(word: string): string {
	return word.replace(/(.)\1+/g, '$1');
}

/**
 * Free text as the person reader reads it: at most `MAX_FREE_TEXT_LENGTH` (2,000) characters, so the work stays
 * bounded; accents dropped (Welsh "â", "ŵ"), lower case, apostrophes closed up ("i'm" is "im", "o'n" is "on"), every
 * other mark a space, then each word folded by {@link foldWord}.
 *
 * @example
 * ```ts
 * freeTextWords("He TOUCHES me!!! i'm scareddd"); // ["he", "touches", "me", "im", "scared"]
 * ```
 */
export function freeTextWords(text: string): string[] {
	const words = text
		.slice(0, MAX_FREE_TEXT_LENGTH)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘`´]/g, '')
		.split(/[^a-z0-9]+/);
	return words.filter(Boolean).map(foldWord);
}
