/** A piece of text, and the phone number it is when it is one. */
export interface PhonePart {
	readonly text: string;
	readonly phone: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits text into plain pieces and help numbers, to link each number. Numbers in `phones` are found anywhere; a
 * number that is also an ordinary count (999) only after "call" or "call the police on", or as the whole text.
 *
 * @param phones - numbers found anywhere, as written ("0800 1111")
 * @param callOnly - numbers found only where the text is about calling them
 * @param before - the text just before `text` (in an earlier piece of markup), read only to find "call"
 * @example
 * ```ts
 * phoneParts('Childline: 0800 1111, or call 999', ['0800 1111'], ['999']);
 * // [{ text: "Childline: ", phone: false }, { text: "0800 1111", phone: true }, { text: ", or call ", phone: false },
 * //  { text: "999", phone: true }]
 * ```
 */
export function phoneParts(
	text: string,
	phones: readonly string[],
	callOnly: readonly string[] = [],
	before = '',
): PhonePart[] {
	const alternatives = [
		phones.length > 0 ? `\\b(?:${phones.map(escapeRegExp).join('|')})\\b` : '',
		callOnly.length > 0 ? `(?<=\\bcall (?:the police on )?)(?:${callOnly.map(escapeRegExp).join('|')})\\b` : '',
	].filter(Boolean);
	if (alternatives.length === 0) return [{ text, phone: false }];
	const parts: PhonePart[] = [];
	let last = 0;
	// The text before (a preceding token: "call **999**") counts for "call", but only `text` is split.
	const context = before.slice(-40);
	for (const match of (context + text).matchAll(new RegExp(alternatives.join('|'), 'g'))) {
		const index = (match.index ?? 0) - context.length;
		if (index < 0) continue;
		if (index > last) parts.push({ text: text.slice(last, index), phone: false });
		parts.push({ text: match[0], phone: true });
		last = index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), phone: false });
	return parts;
}
