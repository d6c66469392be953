// Neutral-language checks for every surface's tests: the words and phrases Signpost never uses in its own sentences.

/** Words Signpost never uses in its own sentences (quotes from sources may carry them). */
export const BANNED_WORDS = ['shocking', 'rocketed', 'soared', 'staggering', 'horrific', 'dramatic'] as const;

/**
 * Phrases Signpost never uses in its own sentences: "(children) abused every N minutes" turns offences recorded into
 * victims, where Signpost says "one offence recorded every N minutes". Written word by word, so that this list, the
 * one place that must hold the phrase, is not read as using it.
 */
export const BANNED_PHRASES: readonly string[] = [['children', 'abused', 'every'].join(' ')];

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
