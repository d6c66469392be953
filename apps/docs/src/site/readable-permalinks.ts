import type { MarkdownRenderer } from 'vitepress';

/** A heading's custom id as the Markdown writes it (`{#figure-kent-2019-20-total}`), with the space before it. */
const CUSTOM_ID = /\s*\{#[^}]*\}/g;

/**
 * Gives every heading's permalink a label a screen reader can read: VitePress labels the link "Permalink to" the
 * heading's Markdown, so a heading with a custom id (`#### Offences recorded: 3,200 {#figure-kent-2019-20-total}`)
 * was read out with its raw id. A core rule after VitePress's anchor rule removes the id from the label.
 *
 * @example
 * ```ts
 * defineConfig({ markdown: { config: (md) => readablePermalinks(md) } });
 * ```
 */
export function readablePermalinks(md: MarkdownRenderer): void {
	md.core.ruler.push('sp_readable_permalinks', (state) => {
		const links = state.tokens
			.filter((token) => token.type === 'inline')
			.flatMap((token) => token.children ?? [])
			.filter((child) => child.type === 'link_open' && child.attrGet('class')?.includes('header-anchor'));
		for (const link of links) {
			const label = link.attrGet('aria-label');
			if (label) link.attrSet('aria-label', label.replace(CUSTOM_ID, ''));
		}
	});
}
