import { describe, expect, it } from 'vitest';
import { frontMatter, htmlText, mdLink, mdTable, mdText } from '../markdown-text.js';

describe('markdown text helpers', () => {
	it('escapes what Markdown, HTML, tables and Vue would read', () => {
		expect(mdText('a | b {{ c }} <i>*x*</i> [y]')).toBe(
			'a &#124; b &#123;&#123; c }} &lt;i&gt;&#42;x&#42;&lt;/i&gt; &#91;y&#93;',
		);
		expect(mdText('line one\nline two')).toBe('line one line two');
	});

	it('escapes attributes and SVG text', () => {
		expect(htmlText('"1,066" & <b>')).toBe('&quot;1,066&quot; &amp; &lt;b&gt;');
	});

	it('writes links with the address in angle brackets', () => {
		expect(mdLink('Belper [News]', 'https://e.org/a b>')).toBe('[Belper &#91;News&#93;](<https://e.org/a b%3E>)');
	});

	it('writes tables and front matter', () => {
		expect(mdTable(['A', 'B'], [['1', '2']])).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |');
		expect(frontMatter({ title: 'Kent: "none"' })).toBe('---\ntitle: "Kent: \\"none\\""\n---');
	});
});
