/** Folded names hold only a-z, 0-9 and spaces: one slot each, and one for anything else. */
export const SLOTS = 38;

/**
 * The slot a character of a folded name is counted in.
 *
 * @example
 * ```ts
 * slot('a'.charCodeAt(0)); // 0
 * ```
 */
export function slot(code: number): number {
	if (code >= 97 && code <= 122) return code - 97;
	if (code >= 48 && code <= 57) return code - 22;
	return code === 32 ? 36 : 37;
}

/**
 * How often each character occurs in a folded name: a cheap lower bound on the edit distance between two names.
 *
 * @example
 * ```ts
 * letterCounts('derby')[3]; // 1 (one "d")
 * ```
 */
export function letterCounts(text: string, length = text.length): Int16Array {
	const counts = new Int16Array(SLOTS);
	for (let i = 0; i < length; i++) counts[slot(text.charCodeAt(i))] = (counts[slot(text.charCodeAt(i))] as number) + 1;
	return counts;
}
