/** A line that could not be split into words, with why. */
export class CommandLineSyntaxError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CommandLineSyntaxError';
	}
}

/**
 * Splits a command line into words the way a shell would for quotes: `"..."` or `'...'` anywhere in a word keep
 * spaces, a backslash escapes the next character inside double quotes. Throws {@link CommandLineSyntaxError} on an
 * unclosed quote.
 *
 * @example
 * ```ts
 * tokenizeCommandLine('/figures area:"Thames Valley" year:2016/17');
 * // ['/figures', 'area:Thames Valley', 'year:2016/17']
 * ```
 */
export function tokenizeCommandLine(line: string): string[] {
	const words: string[] = [];
	let current = '';
	let inWord = false;
	let quote: '"' | "'" | undefined;
	for (let index = 0; index < line.length; index += 1) {
		const char = line[index] as string;
		if (quote) {
			if (char === quote) {
				quote = undefined;
			} else if (char === '\\' && quote === '"' && index + 1 < line.length) {
				index += 1;
				current += line[index];
			} else {
				current += char;
			}
			continue;
		}
		if (char === '"' || char === "'") {
			quote = char;
			inWord = true;
		} else if (/\s/.test(char)) {
			if (inWord) words.push(current);
			current = '';
			inWord = false;
		} else {
			current += char;
			inWord = true;
		}
	}
	if (quote) throw new CommandLineSyntaxError(`A ${quote} quote is not closed.`);
	if (inWord) words.push(current);
	return words;
}
