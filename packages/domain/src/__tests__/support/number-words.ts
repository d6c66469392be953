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

/** Reads a run of number words or digits starting at `i`: "twenty three thousand", "1.2 million". */
function readNumber(tokens: readonly string[], i: number): { value: number; next: number } | null {
	let total = 0;
	let current = 0;
	let j = i;
	let any = false;
	while (j < tokens.length) {
		const token = tokens[j] ?? '';
		const plain = /^\d/.test(token) ? Number(token) : (UNITS[token] ?? TENS[token]);
		if (plain !== undefined) {
			// "twenty three" adds; "one two" is two numbers.
			if (any && current % 10 === 0 && current >= 20 && plain < 10 && !/^\d/.test(token)) current += plain;
			else if (any && current === 0 && total > 0 && plain < 100) current = plain;
			else if (any) break;
			else current = plain;
			any = true;
			j++;
			continue;
		}
		const scale = SCALES[token];
		if (scale !== undefined && any) {
			if (scale === 100) current *= 100;
			else {
				total += current * scale;
				current = 0;
			}
			j++;
			if (tokens[j] === 'and' && wordValue(tokens[j + 1]) !== undefined) j++;
			continue;
		}
		break;
	}
	return any ? { value: total + current, next: j } : null;
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
		const token = tokens[i] ?? '';
		if (token === 'half') shares.push(0.5);
		const ordinal = ORDINALS[token.replace(/s$/, '')];
		if (ordinal !== undefined) {
			const before = tokens[i - 1];
			const numerator = before === 'a' || before === 'an' ? 1 : (wordValue(before) ?? 1);
			shares.push(numerator / ordinal);
		}
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
		if ((after === 'out' && tokens[read.next + 1] === 'of') || after === 'in') {
			const of = readNumber(tokens, read.next + (after === 'in' ? 1 : 2));
			if (of && of.value > 0) shares.push(read.value / of.value);
		}
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
