import { describe, expect, it } from 'vitest';
import type { FiguresAnswer } from '../../answer/answer.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { figureKey } from '../../dataset/figure-key.js';
import { getFigures } from '../../query/get-figures.js';
import { figureYearProblems } from '../../testing/figure-year-problems.js';
import { WORDING } from '../../text/wording.js';
import { answerSections, type Section } from '../answer-sections.js';
import { renderMarkdown, renderText } from '../render-answer.js';
import { MARKDOWN_STYLE, TEXT_STYLE } from '../render-style.js';

const data = getBundledDataset();

function figures(area: string, year?: string): FiguresAnswer & { status: 'found' } {
	const answer = getFigures(data, { area, year });
	if (answer.status !== 'found') throw new Error(`${area}: ${answer.status}`);
	return answer;
}

/** The lines of the section with this heading, or none. */
function sectionLines(answer: FiguresAnswer, heading: string, style = TEXT_STYLE): readonly string[] {
	return answerSections(answer, style).find((s) => s.heading === heading)?.lines ?? [];
}

const YEAR = /\b(\d{4}\/\d{2})\b/g;
const ANY_YEAR = /\d{4}\/\d{2}/;

/** What a figure line says it counts, before its values: "Online element, 2019/20" (quotes and links come after). */
const labelPart = (line: string) => line.replace(/^- /, '').split(': ')[0] ?? '';

/** Figure lines only: not the notes said beside them, nor a sentence line. */
const isFigureLine = (line: string) => line.startsWith('- ') && !line.startsWith('- Note') && line.includes(': ');

describe('the issue’s examples (issue 24): every figure says its year where the heading says another', () => {
	it('Stoke-on-Trent: Online element 325 of 2019/20 names its year under Staffordshire Police, 2022/23', () => {
		const answer = figures('Stoke-on-Trent');
		expect(answer.data.year).toBe('2022/23');
		const text = renderText(answer);
		expect(text).toContain('Online element, 2019/20: 325');
		expect(text).not.toMatch(/Online element: 325/);
		// Its change 2018/19 to 2019/20 is with the online element, not under "Change from the previous year".
		expect(sectionLines(answer, WORDING.headings.changes)).toEqual([]);
		const other = sectionLines(answer, WORDING.headings.latestOtherMeasures).join('\n');
		expect(other).toContain('from 2018/19 (346) to 2019/20 (325)');
	});

	it('Gwent: grooming 67 of 2023/24 says 2023/24 under Gwent Police, 2022/23', () => {
		const text = renderText(figures('Gwent'));
		expect(text).toMatch(/Sexual Communication with a Child, 2023\/24: 67/);
		expect(text).not.toMatch(/Sexual Communication with a Child: 67/);
	});

	it('UK: 7,263 says 2024/25; the 2019/20 online counts are one line with both values', () => {
		const answer = figures('UK');
		const text = renderText(answer);
		expect(text).toContain('Sexual Communication with a Child, 2024/25: 7,263');
		const online = text.split('\n').filter((l) => /10,391|10,331/.test(l) && l.startsWith('- Online element'));
		expect(online).toHaveLength(1);
		expect(online[0]).toMatch(/^- Online element, 2019\/20: 10,3[39]1 .* or 10,3[39]1 .*The sources disagree/);
	});

	it('Wales: the heading year’s previous-year section holds only 2021/22; 2023/24 sits with its measure', () => {
		const answer = figures('Wales');
		for (const line of sectionLines(answer, WORDING.headings.previousYear).filter(isFigureLine))
			for (const [, year] of labelPart(line).matchAll(YEAR)) expect(year).toBe('2021/22');
		const other = sectionLines(answer, WORDING.headings.latestOtherMeasures).join('\n');
		expect(other).toContain('Sexual Communication with a Child, 2023/24: 554');
	});

	it('a span total is shown under its span, never under the year’s heading', () => {
		const answer = figures('UK');
		const [lead] = answerSections(answer, TEXT_STYLE);
		expect(lead?.lines.join('\n')).not.toContain('2017/18');
		const spans = sectionLines(answer, WORDING.headings.spans);
		expect(spans.length).toBeGreaterThan(0);
		for (const line of spans.filter((l) => !l.startsWith('- Note'))) expect(line).toContain('2017/18 to 2022/23');
	});
});

/** Every area, in every renderer: the figures' years and the changes' years against the heading's. */
/** What is wrong with one rendering of an area's default answer: figures or changes whose year is not said. */
function yearProblems(answer: FiguresAnswer & { status: 'found' }, style: typeof TEXT_STYLE): string[] {
	const d = answer.data;
	const sections = answerSections(answer, style);
	const problems: string[] = [];
	// The lead section (headed "<area>, <year>") holds only figures of that year, none naming another.
	if (!(d.headline?.figures.every((f) => f.period === d.year) ?? true)) problems.push('headline of another year');
	for (const line of (sections[0]?.lines ?? []).filter(isFigureLine))
		if (ANY_YEAR.test(labelPart(line))) problems.push(`lead names another year: ${labelPart(line)}`);
	// Each other measure's figure names its year where that is not the heading's.
	const text = sections.flatMap((s) => s.lines).join('\n');
	for (const group of [...d.otherMeasures, ...d.context].filter((g) => g.year !== d.year))
		for (const f of group.figures)
			if (!text.includes(`${style.text(f.label)}, ${f.period}`)) problems.push(`unlabelled ${f.figure.id}`);
	return [...problems, ...sectionProblems(answer, sections)];
}

/** The changes, previous-year and span sections against the heading's year. */
function sectionProblems(answer: FiguresAnswer & { status: 'found' }, sections: readonly Section[]): string[] {
	const d = answer.data;
	const problems: string[] = [];
	const lines = (heading: string | undefined) => sections.find((s) => s.heading === heading)?.lines ?? [];
	// "Change from the previous year" ends in the heading's year, and the previous-year section is the year before.
	for (const line of lines(WORDING.headings.changes))
		if (!line.includes(`to ${d.year} (`)) problems.push(`change off the heading's year: ${line}`);
	const before = `${Number(d.year.slice(0, 4)) - 1}/${d.year.slice(2, 4)}`;
	for (const line of lines(WORDING.headings.previousYear).filter(isFigureLine))
		for (const [, year] of labelPart(line).matchAll(YEAR)) if (year !== before) problems.push(`previous ${year}`);
	// A span total never sits in a section headed by one year.
	for (const s of sections.filter((s) => s.heading && /\d{4}\/\d{2}$/.test(s.heading)))
		if (/\d{4}\/\d{2} to \d{4}\/\d{2}\)/.test(s.lines.join('\n'))) problems.push(`span under ${s.heading}`);
	return problems;
}

describe('every area’s default answer (issue 24, done when)', () => {
	const areas = data.areas.map((a) => a.id);

	// Every area with no measure named (the default answer) and with each measure named: the SDK's text (the CLI's
	// and the MCP tools' text too, which are it) and its Markdown.
	const asked = areas.flatMap((area) =>
		[undefined, ...data.measures.map((m) => m.id)].map((measure): [string, string | undefined] => [area, measure]),
	);

	it.each(asked)(
		'%s, measure %s: each figure is for the heading’s year or names its own; changes end in it',
		(id, measure) => {
			const answer = getFigures(data, { area: id, measure });
			if (answer.status !== 'found') return;
			expect(yearProblems(answer, TEXT_STYLE)).toEqual([]);
			expect(yearProblems(answer, MARKDOWN_STYLE)).toEqual([]);
			expect(figureYearProblems(answer, renderText(answer))).toEqual([]);
			expect(figureYearProblems(answer, renderMarkdown(answer), { label: MARKDOWN_STYLE.text })).toEqual([]);
			expect(renderMarkdown(answer)).toContain(answer.data.year);
		},
	);

	it('asks every area and every measure, and most of them answer', () => {
		const found = asked.filter(([area, measure]) => getFigures(data, { area, measure }).status === 'found');
		expect(new Set(found.map(([area]) => area)).size).toBeGreaterThan(60);
		expect(new Set(found.map(([, measure]) => measure)).size).toBe(data.measures.length + 1);
	});

	it('no conflict shown in any default answer joins figures of two areas, periods, measures or breakdowns', () => {
		for (const id of areas) {
			const answer = getFigures(data, { area: id });
			if (answer.status !== 'found') continue;
			for (const conflict of answer.data.conflicts) expect(conflict.values.every((v) => !v.areaName)).toBe(true);
		}
		// The dataset itself: every conflict joins one area, period, measure and breakdown.
		const byId = new Map(data.figures.map((f) => [f.id, f]));
		for (const conflict of data.conflicts)
			expect(
				new Set(
					conflict.figures.flatMap((id) => {
						const figure = byId.get(id);
						return figure ? [figureKey(figure)] : [];
					}),
				).size,
			).toBe(1);
	});
});
