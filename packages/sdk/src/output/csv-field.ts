const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field, quoted as RFC 4180 says: in double quotes when it holds a comma, quote or line break.
 *
 * @param value - the field's value
 * @returns the field as written in a CSV row
 * @example
 * ```ts
 * csvField('Avon, Somerset'); // "\"Avon, Somerset\""
 * ```
 */
export function csvField(value: string | number): string {
	const text = String(value);
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
