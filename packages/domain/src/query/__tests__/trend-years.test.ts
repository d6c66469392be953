import { describe, expect, it } from 'vitest';
import type { SeriesAnswer, SeriesData, SeriesPoint } from '../../answer/answer.js';
import type { FigureView } from '../../answer/figure-view.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { indexDataset } from '../../dataset/dataset-index.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';
import { missingHelpNumbers } from '../../testing.js';
import { WELSH_WORDING } from '../../text/welsh-wording.js';
import { changeNotComputed, noFigureFor, WORDING } from '../../text/wording.js';
import { computeChange, whyNoChange } from '../computed-change.js';
import { getSeries } from '../get-series.js';
import { yearsHeld } from '../years-held.js';

// A trend names the years it has no figure for, and why no change is computed into a year (issue 24).
const dataset = getBundledDataset();
const index = indexDataset(dataset);

function series(area: string, measure?: string): SeriesAnswer & { status: 'found' } {
	const answer = getSeries(dataset, { area, measure });
	if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
	return answer;
}

const startOf = (year: string) => Number(year.slice(0, 4));

describe('the years of a trend with no figure, and why no change is computed', () => {
	it('Kent: no figure for 2017/18, so 2018/19 has no change; 2019/20 is "more than 3,200"', () => {
		const { data } = series('Kent');
		expect(data.missingYears).toEqual(['2017/18']);
		expect(data.noChange).toEqual([
			{ year: '2014/15', reason: 'different-releases' },
			{ year: '2018/19', reason: 'no-figure-before' },
			{ year: '2019/20', reason: 'not-exact' },
		]);
		for (const render of [renderText, renderMarkdown]) {
			const text = render(series('Kent'));
			const lines = text.split('\n');
			const at = (start: string) => lines.findIndex((l) => l.startsWith(`- ${start}`));
			expect(at('No figure for 2017/18')).toBe(at('2016/17') + 1);
			expect(at('2018/19')).toBe(at('No figure for 2017/18') + 1);
			expect(lines[at('2018/19')]).toMatch(/; change not computed: no figure for the year before$/);
			expect(lines[at('2019/20')]).toMatch(/; change not computed: one of the two figures is not an exact count$/);
			expect(missingHelpNumbers(text)).toEqual([]);
		}
	});

	it('the sentences are the wording module’s, in English and Welsh', () => {
		expect(noFigureFor('2020/21')).toBe('No figure for 2020/21');
		expect(changeNotComputed('no-figure-before')).toBe('change not computed: no figure for the year before');
		expect(WELSH_WORDING.noFigureFor('2020/21')).toBe('Dim ffigur ar gyfer 2020/21');
		expect(WELSH_WORDING.changeNotComputed('no-figure-before')).toBe(
			'newid heb ei gyfrifo: dim ffigur ar gyfer y flwyddyn flaenorol',
		);
		expect(Object.keys(WELSH_WORDING.noChangeReasons).sort()).toEqual(Object.keys(WORDING.noChangeReasons).sort());
	});

	const cases = dataset.areas.flatMap((area) =>
		dataset.measures
			.filter((m) => yearsHeld(dataset, { area: area.id, measure: m.id }).length > 0)
			.map((m) => [area.id, m.id] as const),
	);

	it.each(cases)(
		'%s, %s: every year from the first to the last is shown or named, every change explained',
		(area, measure) => {
			const answer = getSeries(dataset, { area, measure });
			if (answer.status !== 'found') return;
			expect(yearProblems(answer.data)).toEqual([]);
		},
	);
});

/** What is wrong with a series' years: not one run of consecutive years, or a year with both or neither of a change and a reason. */
function yearProblems(data: SeriesData): string[] {
	const { points, missingYears, changes, noChange } = data;
	const problems: string[] = [];
	const years = [...points.map((p) => p.year), ...missingYears].sort();
	years.forEach((year, i) => {
		if (i > 0 && startOf(year) - startOf(years[i - 1] ?? '') !== 1) problems.push(`not consecutive: ${year}`);
	});
	const changed = new Set(changes.map((c) => c.to.figure.period));
	const explained = new Set(noChange.map((n) => n.year));
	for (const point of points.slice(1))
		if (changed.has(point.year) === explained.has(point.year)) problems.push(`change and reason: ${point.year}`);
	for (const n of noChange) {
		const expected = expectedReason(points, n.year);
		if (expected !== n.reason) problems.push(`${n.year}: ${n.reason}, expected ${expected}`);
	}
	for (const change of changes)
		if (whyNoChange(change.from, change.to, claimsOf(change.to)) !== null)
			problems.push(`reason with a change: ${change.to.period}`);
	return problems;
}

function claimsOf(view: FigureView) {
	return index.claimsByFigure.get(view.figure.id) ?? [];
}

/** The reason a year should give: a gap, a dispute, or what `whyNoChange` says of two single figures (which must not compute). */
function expectedReason(points: readonly SeriesPoint[], year: string): string | undefined {
	const i = points.findIndex((p) => p.year === year);
	const [prev, point] = [points[i - 1], points[i]];
	if (!prev || !point) return undefined;
	if (startOf(point.year) - startOf(prev.year) > 1) return 'no-figure-before';
	const [from, to] = [prev.figures[0], point.figures[0]];
	if (prev.figures.length !== 1 || point.figures.length !== 1 || !from || !to) return 'disputed';
	if (computeChange(from, to, claimsOf(to)) !== null) return 'computed';
	return whyNoChange(from, to, claimsOf(to)) ?? 'none';
}
