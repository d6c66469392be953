// Reads the numbers a quote states, in digits or in words, so a test can check that a figure's quote contains its
// value: "1,066" and "1066", "Seventeen", "eight per cent", "four out of five", "almost half", "a quarter".

const UNITS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
};
const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };
/** Denominators as ordinal words: "a quarter", "two thirds", "one fifth". "half" is handled on its own. */
const ORDINALS: Record<string, number> = {
	third: 3,
	quarter: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
};

/** The numbers a quote states, what they are, and the shares it states ("four out of five" → 0.8). */
export interface StatedNumbers {
	/** Every number, in digits or words: "1,066" → 1066, "Seventeen" → 17, "1.2 million" → 1200000. */
	readonly numbers: readonly number[];
	/** Numbers followed by "per cent" or "%". */
	readonly percents: readonly number[];
	/** Shares as fractions: "four out of five", "one in five", "almost half", "a quarter", "80 per cent". */
	readonly shares: readonly number[];
}

function tokenize(text: string): string[] {
	return (
		text
			.toLowerCase()
			// A financial year ("2016/17", "2016-17", "2016/2017") names a period, not a number.
			.replace(/\b\d{4}\s?[/–-]\s?\d{2}(?:\d{2})?\b/g, ' ')
			.replace(/(\d),(?=\d{3}\b)/g, '$1')
			.match(/\d+(?:\.\d+)?|%|[a-z]+/g) ?? []
	);
}

function wordValue(token: string | undefined): number | undefined {
	if (token === undefined) return undefined;
	if (/^\d/.test(token)) return Number(token);
	return UNITS[token] ?? TENS[token];
}

/** A number being read: the thousands and millions done so far, and the part below them. */
interface NumberRun {
	total: number;
	current: number;
	any: boolean;
}

/** Reads a run of number words or digits starting at `i`: "twenty three thousand", "1.2 million". */
function readNumber(tokens: readonly string[], i: number): { value: number; next: number } | null {
	const run: NumberRun = { total: 0, current: 0, any: false };
	let j = i;
	while (j < tokens.length) {
		const taken = readStep(tokens, j, run);
		if (taken === 0) break;
		j += taken;
	}
	return run.any ? { value: run.total + run.current, next: j } : null;
}

/** Reads the token at `j` into the run: how many tokens it took, 0 when the number ended before it. */
function readStep(tokens: readonly string[], j: number, run: NumberRun): number {
	const token = tokens[j] ?? '';
	const digits = /^\d/.test(token);
	const plain = digits ? Number(token) : (UNITS[token] ?? TENS[token]);
	if (plain !== undefined) return addPlain(run, plain, digits) ? 1 : 0;
	const scale = SCALES[token];
	if (scale === undefined || !run.any) return 0;
	if (scale === 100) run.current *= 100;
	else {
		run.total += run.current * scale;
		run.current = 0;
	}
	return tokens[j + 1] === 'and' && wordValue(tokens[j + 2]) !== undefined ? 2 : 1;
}

/** Adds a plain number to the run: "twenty three" adds, "thousand and five" starts the part below; "one two" is two. */
function addPlain(run: NumberRun, plain: number, digits: boolean): boolean {
	if (!run.any) {
		run.current = plain;
		run.any = true;
		return true;
	}
	if (run.current % 10 === 0 && run.current >= 20 && plain < 10 && !digits) run.current += plain;
	else if (run.current === 0 && run.total > 0 && plain < 100) run.current = plain;
	else return false;
	return true;
}

/** The share a word at `i` states by itself: "half", or an ordinal with what comes before it ("a third", "two fifths"). */
function wordShares(tokens: readonly string[], i: number): number[] {
	const token = tokens[i] ?? '';
	if (token === 'half') return [0.5];
	const ordinal = ORDINALS[token.replace(/s$/, '')];
	if (ordinal === undefined) return [];
	const before = tokens[i - 1];
	const numerator = before === 'a' || before === 'an' ? 1 : (wordValue(before) ?? 1);
	return [numerator / ordinal];
}

/** The number after "out of" or "in" at `next` ("one in ten", "four out of five"), if any. */
function afterOf(tokens: readonly string[], next: number): { value: number } | null {
	const after = tokens[next];
	if (after === 'in') return readNumber(tokens, next + 1);
	if (after === 'out' && tokens[next + 1] === 'of') return readNumber(tokens, next + 2);
	return null;
}

/**
 * The numbers, percentages and shares a quote states.
 *
 * @example
 * ```ts
 * statedNumbers('four out of five of grooming cases').shares; // [0.8]
 * statedNumbers('rose to 1,066 last year').numbers; // [1066]
 * ```
 */
export function statedNumbers(quote: string): StatedNumbers {
	const tokens = tokenize(quote);
	const numbers: number[] = [];
	const percents: number[] = [];
	const shares: number[] = [];
	for (let i = 0; i < tokens.length; ) {
		shares.push(...wordShares(tokens, i));
		const read = readNumber(tokens, i);
		if (!read) {
			i++;
			continue;
		}
		numbers.push(read.value);
		const after = tokens[read.next];
		if (after === '%' || (after === 'per' && tokens[read.next + 1] === 'cent')) {
			percents.push(read.value);
			shares.push(read.value / 100);
		}
		const of = afterOf(tokens, read.next);
		if (of && of.value > 0) shares.push(read.value / of.value);
		i = read.next;
	}
	return { numbers, percents, shares };
}

/**
 * Whether a quote states a figure's value: a count in digits or words, a percentage, or a share.
 *
 * @example
 * ```ts
 * quoteStatesValue('almost half', { value: 0.5, unit: 'share' }); // true
 * ```
 */
export function quoteStatesValue(
	quote: string,
	figure: { value: number; unit: 'count' | 'percent' | 'share' },
): boolean {
	const stated = statedNumbers(quote);
	const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;
	switch (figure.unit) {
		case 'count':
			return stated.numbers.some((n) => close(n, figure.value, 1e-9));
		case 'percent':
			return stated.numbers.some((n) => close(n, figure.value, 1e-9));
		case 'share':
			return stated.shares.some((s) => close(s, figure.value, 0.005));
	}
}
