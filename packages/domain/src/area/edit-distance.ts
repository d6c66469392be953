// Three reusable rows: the distance is computed without allocating on each call (area search calls it per name).
let prevPrev = new Int32Array(64);
let prev = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Optimal-string-alignment distance (Levenshtein with adjacent transpositions), giving up once it exceeds `max`.
 *
 * @returns the distance, or `max + 1` when it is larger than `max`
 * @example
 * ```ts
 * editDistance('derbyshre', 'derbyshire', 2); // 1
 * ```
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const width = b.length + 1;
	if (prev.length < width) {
		prevPrev = new Int32Array(width * 2);
		prev = new Int32Array(width * 2);
		current = new Int32Array(width * 2);
	}
	for (let j = 0; j < width; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		if (fillRow(a, b, i) > max) return max + 1;
		const spare = prevPrev;
		prevPrev = prev;
		prev = current;
		current = spare;
	}
	// The last row can end above max without any row minimum exceeding it: cap as documented.
	return Math.min(prev[b.length] as number, max + 1);
}

/** Fills row `i` of the table into `current` from the two rows before it; returns the row's smallest value. */
function fillRow(a: string, b: string, i: number): number {
	current[0] = i;
	let rowMin = i;
	const ai = a.charCodeAt(i - 1);
	for (let j = 1; j <= b.length; j++) {
		const bj = b.charCodeAt(j - 1);
		const cost = ai === bj ? 0 : 1;
		let value = Math.min((prev[j] as number) + 1, (current[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
		const transposed = i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj;
		if (transposed) value = Math.min(value, (prevPrev[j - 2] as number) + 1);
		current[j] = value;
		if (value < rowMin) rowMin = value;
	}
	return rowMin;
}
