// Neutral-language checks: words Signpost never uses in its own sentences (quotes from sources may carry them).

/** Words Signpost never uses in its own sentences. */
export const BANNED_WORDS = ['shocking', 'rocketed', 'soared', 'staggering', 'horrific', 'dramatic'] as const;

/**
 * The banned words in Signpost's own words: outside “curly-quoted” source quotations and outside web addresses
 * (a source's address is its own words: `.../figures-show-shocking-statistics-...`).
 *
 * @example
 * ```ts
 * bannedWordsOutsideQuotes('“a staggering rise”'); // []
 * ```
 */
export function bannedWordsOutsideQuotes(text: string): string[] {
	const own = text
		.replace(/“[^”]*”/g, '“”')
		.replace(/https?:\/\/[^\s)>\]]+/g, '')
		.toLowerCase();
	return BANNED_WORDS.filter((word) => new RegExp(`\\b${word}`).test(own));
}
