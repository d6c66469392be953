// Neutral-language checks for every surface's tests: the words and phrases Signpost never uses in its own sentences.

/** Words Signpost never uses in its own sentences (quotes from sources may carry them). */
export const BANNED_WORDS = ['shocking', 'rocketed', 'soared', 'staggering', 'horrific', 'dramatic'] as const;

/** Phrases Signpost never uses in its own sentences. */
export const BANNED_PHRASES = ['children abused every'] as const;

/**
 * The text with every “curly-quoted” source quotation and every web address removed (a source's address can carry
 * its headline's words), so only Signpost's own words remain.
 *
 * @example
 * ```ts
 * withoutQuotes('They said “a shocking rise” (https://example.org/shocking)'); // "They said “” (<address>)"
 * ```
 */
export function withoutQuotes(text: string): string {
	return text.replace(/“[^”]*”/g, '“”').replace(/https?:\/\/[^\s)]+/g, '<address>');
}

/**
 * The banned words and phrases found in Signpost's own words (outside quotes and addresses).
 *
 * @example
 * ```ts
 * expect(bannedWordsIn(renderText(answer))).toEqual([]);
 * bannedWordsIn('A dramatic rise'); // ["dramatic"]
 * ```
 */
export function bannedWordsIn(text: string): string[] {
	const own = withoutQuotes(text).toLowerCase();
	return [
		...BANNED_WORDS.filter((word) => new RegExp(`\\b${word}`).test(own)),
		...BANNED_PHRASES.filter((phrase) => own.includes(phrase)),
	];
}
