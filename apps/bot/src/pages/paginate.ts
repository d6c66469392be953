/**
 * How many characters of lines one page's embed description holds: Discord allows 4,096, and the title, footer
 * (with the help sentence) and fields must share the 6,000 across a message's embeds, so a page stays well inside.
 */
export const PAGE_CHARACTERS = 3_000;

/**
 * Splits lines into pages of whole lines, each at most `max` characters when joined with newlines. A line is never
 * split: a line longer than `max` has a page to itself (no line the bot makes is that long; the tests check).
 *
 * @example
 * ```ts
 * paginate(['a', 'b', 'c'], 3); // [['a', 'b'], ['c']]
 * ```
 */
export function paginate(lines: readonly string[], max: number = PAGE_CHARACTERS): string[][] {
	const pages: string[][] = [];
	let page: string[] = [];
	let length = 0;
	for (const line of lines) {
		const next = page.length ? length + 1 + line.length : line.length;
		if (page.length && next > max) {
			pages.push(page);
			page = [line];
			length = line.length;
		} else {
			page.push(line);
			length = next;
		}
	}
	if (page.length || pages.length === 0) pages.push(page);
	return pages;
}
