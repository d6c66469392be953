// A dataset from elsewhere (`createSignpost({ dataset })`) is untrusted: what it could do to answers and renderers.
import { describe, expect, it } from 'vitest';
import { rejection } from '../../__tests__/support/rejection.js';
import { getFigures } from '../../query/get-figures.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';
import { MARKDOWN_STYLE, TEXT_STYLE, webLink } from '../../render/render-style.js';
import type { DatasetInput } from '../../schema/dataset.js';
import { fixtureInput, missingHelpNumbers } from '../../testing.js';
import { createDataset } from '../create-dataset.js';

function withSource(change: Partial<DatasetInput['sources'][number]>): DatasetInput {
	const [first, ...rest] = fixtureInput.sources;
	if (!first) throw new Error('the fixture has sources');
	return { ...fixtureInput, sources: [{ ...first, ...change }, ...rest] };
}

describe('source links', () => {
	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(document.cookie)',
		'data:text/html,<script>alert(1)</script>',
		'file:///etc/passwd',
		'ftp://example.org/figures',
		'vbscript:msgbox(1)',
	])('%s is rejected', (url) => {
		expect(rejection(withSource({ url }))).toMatch(/sources\[0\]\.url.*https: or http:/);
	});

	it.each(['https://www.example.org/news?id=1', 'http://example.org/a'])('%s is accepted', (url) => {
		expect(() => createDataset(withSource({ url }))).not.toThrow();
	});
});

describe('dates', () => {
	it.each(['2018-02-31', '2018-13', '2019-02-29', '2018-04-31', '2018-00-10'])('published %s is rejected', (date) => {
		expect(rejection(withSource({ published: date }))).toMatch(/sources\[0\]\.published/);
	});

	it.each(['2024-02-29', '2018-03', '2018', 'not-shown'])('published %s is accepted', (date) => {
		expect(() => createDataset(withSource({ published: date }))).not.toThrow();
	});

	it('a version that is not a real date is rejected', () => {
		expect(rejection({ ...fixtureInput, version: '2026-02-30' })).toMatch(/version/);
	});
});

describe('area names', () => {
	function withAlias(areaId: string, alias: string): DatasetInput {
		return {
			...fixtureInput,
			areas: fixtureInput.areas.map((a) => (a.id === areaId ? { ...a, aliases: [...(a.aliases ?? []), alias] } : a)),
		};
	}

	it.each(['Derbyshire', 'derbyshire constabulary', 'DERBYSHIRE', 'derbyshire'])(
		'an alias "%s" on Cleveland is rejected, so Derbyshire cannot resolve to Cleveland',
		(alias) => {
			expect(rejection(withAlias('cleveland', alias))).toMatch(/areas\[\d+\]\.aliases\[\d+\].*derbyshire/);
		},
	);

	it('an alias another area already uses is rejected', () => {
		const derbyshire = fixtureInput.areas.find((a) => a.id === 'derbyshire');
		const alias = derbyshire?.aliases?.[0];
		if (!alias) throw new Error('Derbyshire has an alias in the registry');
		expect(rejection(withAlias('cleveland', alias))).toMatch(/aliases/);
	});

	it('an alias of its own name is allowed (it changes nothing)', () => {
		const dataset = createDataset(withAlias('cleveland', 'Cleveland Police'));
		const answer = getFigures(dataset, { area: 'Derbyshire', year: '2016/17' });
		expect(answer.status === 'found' && answer.data.area.id).toBe('derbyshire');
	});
});

describe('renderers over text a dataset supplies', () => {
	const hostile = '[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** \u001b[2J\nsecond line';
	const dataset = createDataset({
		...fixtureInput,
		sources: fixtureInput.sources.map((s) => ({ ...s, publisher: hostile, title: hostile })),
		conflicts: fixtureInput.conflicts.map((c) => ({ ...c, note: hostile })),
	});
	const answers = [
		getFigures(dataset, { area: 'Derbyshire', year: '2016/17' }),
		getFigures(dataset, { area: 'Derbyshire', year: '2015/16' }),
		getFigures(dataset, { area: 'Leicestershire' }),
	];

	it.each(answers.map((answer, i) => [i, answer] as const))(
		'answer %i in Markdown forms no link, tag or emphasis from the text',
		(_i, answer) => {
			const markdown = renderMarkdown(answer);
			expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/i);
			expect(markdown).not.toMatch(/(?<!\\)<img/);
			expect(markdown).not.toMatch(/(?<!\\)\*\*bold/);
			expect(markdown).not.toContain('\u001b');
			expect(markdown).not.toContain('\nsecond line');
			for (const [, target] of markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(target).toMatch(/^https?:\/\//);
			expect(missingHelpNumbers(markdown)).toEqual([]);
		},
	);

	it.each(answers.map((answer, i) => [i, answer] as const))(
		'answer %i in text has no control characters or injected lines',
		(_i, answer) => {
			const text = renderText(answer);
			expect(text).not.toContain('\u001b');
			expect(text).not.toContain('\nsecond line');
			expect(missingHelpNumbers(text)).toEqual([]);
		},
	);
});

describe('links the renderers write, whatever reaches them', () => {
	it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url'])(
		'%s is printed as text only, never as a link target',
		(url) => {
			expect(MARKDOWN_STYLE.link('Source', url)).toBe('Source');
			expect(TEXT_STYLE.link('Source', url)).toBe('Source');
		},
	);

	it('an address with parentheses or spaces cannot end a Markdown link early', () => {
		expect(MARKDOWN_STYLE.link('Source', 'https://example.org/a (b)')).toBe(
			'[Source](https://example.org/a%20%28b%29)',
		);
		expect(webLink('https://example.org/x')).toBe('https://example.org/x');
	});
});
