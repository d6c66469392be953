// Text from the dataset goes into Markdown that VitePress compiles as Vue templates: escape what either would read.

/**
 * Escapes text for a Markdown paragraph or table cell that VitePress compiles: HTML, Markdown emphasis, table pipes
 * and Vue's `{{` interpolation are written as entities.
 *
 * @example
 * ```ts
 * mdText('a | b {{ c }}'); // "a &#124; b &#123;&#123; c }}"
 * ```
 */
export function mdText(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\|/g, '&#124;')
		.replace(/\*/g, '&#42;')
		.replace(/_/g, '&#95;')
		.replace(/`/g, '&#96;')
		.replace(/\[/g, '&#91;')
		.replace(/\]/g, '&#93;')
		.replace(/\{\{/g, '&#123;&#123;')
		.replace(/\r?\n/g, ' ');
}

/**
 * Escapes text for an HTML attribute or element inside generated SVG.
 *
 * @example
 * ```ts
 * htmlText('"1,066" <b>'); // "&quot;1,066&quot; &lt;b&gt;"
 * ```
 */
export function htmlText(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/\{\{/g, '&#123;&#123;');
}

/**
 * A Markdown link whose text is escaped; the address is written in angle brackets so spaces and brackets in it
 * cannot break the link.
 *
 * @example
 * ```ts
 * mdLink('Belper News', 'https://www.belpernews.co.uk/'); // "[Belper News](<https://www.belpernews.co.uk/>)"
 * ```
 */
export function mdLink(text: string, url: string): string {
	return `[${mdText(text)}](<${url.replace(/>/g, '%3E')}>)`;
}

/**
 * A Markdown table from a header row and body rows. Cells are Markdown already: escape text with {@link mdText}.
 *
 * @example
 * ```ts
 * mdTable(['Year', 'Offences'], [['2016/17', '1,066']]);
 * ```
 */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return [
		`| ${header.join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.join(' | ')} |`),
	].join('\n');
}

/**
 * YAML front matter with string values quoted as JSON (a subset of YAML).
 *
 * @example
 * ```ts
 * frontMatter({ title: 'Derbyshire' }); // "---\ntitle: \"Derbyshire\"\n---"
 * ```
 */
export function frontMatter(fields: Readonly<Record<string, string | number | boolean>>): string {
	return ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---'].join('\n');
}
