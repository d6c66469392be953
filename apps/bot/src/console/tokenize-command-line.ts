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
	for (let index = 0; index < line.length; index += 1) {
		const char = line[index] as string;
		if (char === '"' || char === "'") {
			const quoted = readQuoted(line, index + 1, char);
			current += quoted.text;
			index = quoted.end;
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
	if (inWord) words.push(current);
	return words;
}

/**
 * The text of a quoted part that starts at `start` (just after its opening `quote`) and the index of its closing
 * quote; inside double quotes a backslash escapes the next character. Throws on an unclosed quote.
 */
function readQuoted(line: string, start: number, quote: '"' | "'"): { text: string; end: number } {
	let text = '';
	for (let index = start; index < line.length; index += 1) {
		const char = line[index] as string;
		if (char === quote) return { text, end: index };
		if (char === '\\' && quote === '"' && index + 1 < line.length) {
			index += 1;
			text += line[index];
		} else {
			text += char;
		}
	}
	throw new CommandLineSyntaxError(`A ${quote} quote is not closed.`);
}
