// Neutral-language checks: words Signpost never uses in its own sentences (quotes from sources may carry them).

/** Words Signpost never uses in its own sentences. */
export const BANNED_WORDS = ['shocking', 'rocketed', 'soared', 'staggering', 'horrific', 'dramatic'] as const;

/**
 * The banned words in the text outside “curly-quoted” source quotations.
 *
 * @example
 * ```ts
 * bannedWordsOutsideQuotes('“a staggering rise”'); // []
 * ```
 */
export function bannedWordsOutsideQuotes(text: string): string[] {
	const own = text.replace(/“[^”]*”/g, '“”').toLowerCase();
	return BANNED_WORDS.filter((word) => new RegExp(`\\b${word}`).test(own));
}
