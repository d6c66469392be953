/**
 * Wraps Markdown in a block Pagefind leaves out of the site search's index (`data-pagefind-ignore`): a page of
 * figures is found by its title, summary, measures and places, not by the headlines and quotes of the sources it
 * cites (which name other places and made a news headline outrank the force asked about), and its fragment, which
 * the search downloads per result, stays small. `null` parts are dropped; nothing is wrapped when nothing is left.
 *
 * @example
 * ```ts
 * searchIgnored(['## 2019/20', '', '| Year | Figure |']); // ['<div data-pagefind-ignore>', '', '## 2019/20', ...]
 * ```
 */
export function searchIgnored(lines: readonly string[]): string[] {
	if (lines.length === 0) return [];
	return ['<div data-pagefind-ignore>', '', ...lines, '', '</div>', ''];
}
