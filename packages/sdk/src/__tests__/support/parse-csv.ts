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
	let i = 0;
	while (i < text.length) {
		const [field, next] = readField(text, i);
		row.push(field);
		i = next;
		if (text.startsWith('\r\n', i)) {
			rows.push(row);
			row = [];
			i += 2;
		} else if (text[i] === ',') i++;
	}
	if (requireFinalCrlf && row.length > 0) throw new Error('the last row has no CRLF');
	return rows;
}

/** One field from `start`: quoted (a doubled quote is one quote) or plain up to a comma or CRLF; and where it ends. */
function readField(text: string, start: number): [field: string, next: number] {
	if (text[start] !== '"') {
		let end = start;
		while (end < text.length && text[end] !== ',' && !text.startsWith('\r\n', end)) end++;
		return [text.slice(start, end), end];
	}
	let field = '';
	let i = start + 1;
	while (i < text.length) {
		const quote = text.indexOf('"', i);
		if (quote === -1) return [field + text.slice(i), text.length];
		field += text.slice(i, quote);
		if (text[quote + 1] !== '"') return [field, quote + 1];
		field += '"';
		i = quote + 2;
	}
	return [field, i];
}
