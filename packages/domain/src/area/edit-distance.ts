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
	let prevPrev = new Array<number>(width).fill(0);
	let prev = Array.from({ length: width }, (_, j) => j);
	let current = new Array<number>(width).fill(0);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let value = Math.min((prev[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (
				i > 1 &&
				j > 1 &&
				a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
				a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
			) {
				value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
			}
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		[prevPrev, prev, current] = [prev, current, prevPrev];
	}
	return prev[b.length] ?? max + 1;
}
