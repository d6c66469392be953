import type { MarkdownRenderer } from 'vitepress';
import { phoneParts } from './phone-parts.js';
import { telHref } from './tel-href.js';

type Token = ReturnType<MarkdownRenderer['parseInline']>[number]['children'] extends (infer T)[] | null ? T : never;
type TokenClass = new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

/**
 * One inline block's children with each help number in text outside a link replaced by a `tel:` link, written as
 * inline HTML (VitePress would open a tel: link token in a new tab).
 */
function linkPhones(
	children: readonly Token[],
	newToken: (type: string, content: string) => Token,
	escapeHtml: (text: string) => string,
	phones: readonly string[],
	callOnly: readonly string[],
): Token[] {
	let inLink = 0;
	let before = '';
	return children.flatMap((child) => {
		if (child.type === 'link_open') inLink++;
		if (child.type === 'link_close') inLink--;
		if (child.type !== 'text' || inLink > 0) return [child];
		const parts = phoneParts(child.content, phones, callOnly, before);
		before += child.content;
		if (!parts.some((p) => p.phone)) return [child];
		return parts.map((p) =>
			p.phone
				? newToken('html_inline', `<a href="${telHref(p.text)}">${escapeHtml(p.text)}</a>`)
				: newToken('text', p.text),
		);
	});
}

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
		const newToken = (type: string, content: string) => {
			const t = new TokenOf(type, '', 0);
			t.content = content;
			return t;
		};
		for (const block of state.tokens) {
			if (block.type !== 'inline' || !block.children) continue;
			block.children = linkPhones(block.children, newToken, md.utils.escapeHtml, phones, callOnly);
		}
	});
}
