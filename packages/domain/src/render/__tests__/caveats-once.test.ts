import { describe, expect, it } from 'vitest';
import type { Answer } from '../../answer/answer.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getFigures } from '../../query/get-figures.js';
import { getNational } from '../../query/get-national.js';
import { getSeries } from '../../query/get-series.js';
import { yearsHeld } from '../../query/years-held.js';
import { CAVEATS } from '../../text/caveats.js';
import { renderMarkdown, renderText } from '../render-answer.js';
import { MARKDOWN_STYLE, TEXT_STYLE } from '../render-style.js';

const data = getBundledDataset();
const areasWithFigures = [...new Set(data.figures.map((f) => f.area))];

/** Every caveat sentence Signpost may say: standing caveats and every measure's caveats. */
const sentences = [
	...Object.values(CAVEATS),
	...data.measures.flatMap((m) => [...m.caveats, ...m.nationCaveats.map((c) => c.text)]),
];

function answers(): { name: string; answer: Answer }[] {
	const list: { name: string; answer: Answer }[] = [];
	for (const area of areasWithFigures) {
		list.push({ name: `${area} latest`, answer: getFigures(data, { area }) });
		for (const year of yearsHeld(data, { area }))
			list.push({ name: `${area} ${year}`, answer: getFigures(data, { area, year }) });
		for (const measure of data.measures)
			list.push({ name: `${area} ${measure.id} series`, answer: getSeries(data, { area, measure: measure.id }) });
	}
	list.push({ name: 'national latest', answer: getNational(data) });
	for (const year of yearsHeld(data)) list.push({ name: `national ${year}`, answer: getNational(data, { year }) });
	return list;
}

function count(text: string, sentence: string): number {
	return text.split(sentence).length - 1;
}

describe('every word once', () => {
	const all = answers();

	it('covers every area with figures', () => {
		expect(all.length).toBeGreaterThan(areasWithFigures.length * 2);
	});

	it.each([
		['text', renderText, TEXT_STYLE],
		['Markdown', renderMarkdown, MARKDOWN_STYLE],
	] as const)('no caveat sentence appears twice in one %s answer', (_name, render, style) => {
		const repeated: string[] = [];
		for (const { name, answer } of all) {
			const text = render(answer);
			for (const sentence of sentences)
				if (count(text, style.text(sentence)) > 1) repeated.push(`${name}: ${sentence}`);
		}
		expect(repeated).toEqual([]);
	});

	it('no Scotland caveat on an answer about an English or Welsh force', () => {
		const scotland = data.measures.flatMap((m) => m.nationCaveats.filter((c) => c.nations.includes('scotland')));
		for (const area of data.areas.filter(
			(a) => a.kind === 'force' && (a.nation === 'england' || a.nation === 'wales'),
		)) {
			const text = renderText(getFigures(data, { area: area.id }));
			for (const caveat of scotland) expect(text, area.id).not.toContain(caveat.text);
		}
	});

	it('a not-found answer or a mistyped year carries no caveat about figures', () => {
		for (const answer of [
			getFigures(data, { area: 'Atlantis' }),
			getFigures(data, { area: 'Derbyshire', year: 'next tuesday' }),
			getFigures(data, { area: 'Kent', year: '2009/10' }),
		]) {
			expect(answer.caveats).toEqual([]);
			const text = renderText(answer);
			for (const sentence of sentences) expect(text).not.toContain(sentence);
		}
	});
});
