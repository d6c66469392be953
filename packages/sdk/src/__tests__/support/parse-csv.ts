/**
 * A small RFC 4180 reader, for tests that check written CSV by reading it back. With `requireFinalCrlf`, a last row
 * not ended by CRLF (as the data package's dialect requires) throws.
 *
 * @example
 * ```ts
 * parseCsv('a,"b ""c"""\r\n'); // [["a", 'b "c"']]
 * ```
 */
export function parseCsv(text: string, { requireFinalCrlf = false } = {}): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += char;
	}
	if (requireFinalCrlf && (field !== '' || row.length > 0)) throw new Error('the last row has no CRLF');
	return rows;
}
