import type { MarkdownRenderer } from 'vitepress';
import { phoneParts } from './phone-parts.js';
import { telHref } from './tel-href.js';

type Token = ReturnType<MarkdownRenderer['parseInline']>[number]['children'] extends (infer T)[] | null ? T : never;
type TokenClass = new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

/**
 * A markdown-it plugin that makes every help number on every page a `tel:` link, wherever it appears in text
 * outside a link (see {@link phoneParts} for where 999 counts as a number to call).
 *
 * @example
 * ```ts
 * markdown: { config: (md) => telLinks(md, [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE], [EMERGENCY_PHONE]) }
 * ```
 */
export function telLinks(md: MarkdownRenderer, phones: readonly string[], callOnly: readonly string[] = []): void {
	md.core.ruler.push('signpost-tel-links', (state) => {
		const TokenOf = state.Token as unknown as TokenClass;
		const token = (type: string, tag: string, nesting: -1 | 0 | 1, content = '') => {
			const t = new TokenOf(type, tag, nesting);
			t.content = content;
			return t;
		};
		for (const block of state.tokens) {
			if (block.type !== 'inline' || !block.children) continue;
			let inLink = 0;
			let before = '';
			block.children = block.children.flatMap((child) => {
				if (child.type === 'link_open') inLink++;
				if (child.type === 'link_close') inLink--;
				if (child.type !== 'text' || inLink > 0) return [child];
				const parts = phoneParts(child.content, phones, callOnly, before);
				before += child.content;
				if (!parts.some((p) => p.phone)) return [child];
				return parts.flatMap((p) => {
					// Inline HTML, not a link token: VitePress would open a tel: link token in a new tab.
					if (!p.phone) return [token('text', '', 0, p.text)];
					return [token('html_inline', '', 0, `<a href="${telHref(p.text)}">${md.utils.escapeHtml(p.text)}</a>`)];
				});
			});
		}
	});
}
