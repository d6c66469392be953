import type { MarkdownRenderer } from 'vitepress';

/**
 * Gives every Markdown table's body cells their column's header as `data-label`, so a table can stack on a phone
 * (one row a block, each cell under its header's words: `.sp-stack-table` in the theme's CSS) instead of cutting the
 * last column at the screen's edge.
 *
 * @example
 * ```ts
 * defineConfig({ markdown: { config: (md) => tableCellLabels(md) } });
 * ```
 */
export function tableCellLabels(md: MarkdownRenderer): void {
	md.core.ruler.push('sp_table_cell_labels', (state) => {
		let headers: string[] = [];
		let column = 0;
		state.tokens.forEach((token, i) => {
			if (token.type === 'thead_open') headers = [];
			if (token.type === 'tr_open') column = 0;
			const text = state.tokens[i + 1]?.content ?? '';
			if (token.type === 'th_open') headers.push(text.replace(/[*_`]/g, ''));
			if (token.type === 'td_open') token.attrSet('data-label', headers[column++] ?? '');
		});
	});
}
