import { describe, expect, it } from 'vitest';
import type { SeriesData } from '../../answer/answer.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getSeries } from '../../query/get-series.js';
import { fixtureDataset } from '../../testing.js';
import { SERIES_CHART_SIZE, seriesChart } from '../series-chart.js';

const start = (year: string) => Number(year.slice(0, 4));

function everySeries(): SeriesData[] {
	const dataset = getBundledDataset();
	return dataset.areas.flatMap((area) =>
		dataset.measures.flatMap((measure) => {
			const answer = getSeries(dataset, { area: area.id, measure: measure.id });
			return answer.status === 'found' && answer.data.points.length >= 2 ? [answer.data] : [];
		}),
	);
}

/** The label boxes a chart drew, estimated as generously as the chart estimates them. */
function textBoxes(svg: string) {
	return [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(\w+)"[^>]*>([^<]*)<\/text>/g)].map((m) => {
		const [, xs = '0', ys = '0', anchor, raw = ''] = m;
		const text = raw.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
		const w = text.length * SERIES_CHART_SIZE.fontSize * 0.62;
		const x = Number(xs);
		const x1 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
		return { text, x1, x2: x1 + w, y1: Number(ys) - SERIES_CHART_SIZE.fontSize, y2: Number(ys) + 4 };
	});
}

describe('seriesChart on every series in the bundled dataset', () => {
	const series = everySeries();

	it('has series to check', () => {
		expect(series.length).toBeGreaterThan(20);
	});

	it.each(series.map((data) => [`${data.area.id} ${data.measure.id}`, data] as const))(
		'%s: no line across a missing year, a disputed year or two releases no source compares',
		(_name, data) => {
			const chart = seriesChart(data);
			const disputed = new Set(data.points.filter((p) => p.figures.length > 1).map((p) => p.year));
			for (const s of chart.segments) {
				expect(start(s.to) - start(s.from), `${s.from} to ${s.to}`).toBe(1);
				expect(disputed.has(s.from) || disputed.has(s.to)).toBe(false);
				expect(data.notCompared.some((p) => p.from.figure.period === s.from && p.to.figure.period === s.to)).toBe(
					false,
				);
			}
			// The SVG draws exactly the segments the data lists.
			const drawn = [...chart.svg.matchAll(/class="sp-line"[^>]*data-from="([^"]+)" data-to="([^"]+)"/g)].map(
				(m) => `${m[1]}>${m[2]}`,
			);
			expect(drawn).toEqual(chart.segments.map((s) => `${s.from}>${s.to}`));
		},
	);

	it.each(series.map((data) => [`${data.area.id} ${data.measure.id}`, data] as const))(
		'%s: labels inside the chart, none overlapping; every value in the text alternative',
		(_name, data) => {
			const chart = seriesChart(data);
			const boxes = textBoxes(chart.svg);
			for (const [i, a] of boxes.entries()) {
				expect(a.x1, a.text).toBeGreaterThanOrEqual(0);
				expect(a.x2, a.text).toBeLessThanOrEqual(SERIES_CHART_SIZE.width);
				for (const b of boxes.slice(i + 1)) {
					const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
					expect(overlap, `${a.text} / ${b.text}`).toBe(false);
				}
			}
			for (const p of data.points) for (const f of p.figures) expect(chart.text).toContain(f.valueText);
			expect(chart.svg).not.toMatch(/font-size="(\d|1[01])"/);
		},
	);

	it('leaves few values unlabelled', () => {
		const values = series.reduce((n, s) => n + s.points.reduce((m, p) => m + p.figures.length, 0), 0);
		const unlabelled = series.reduce((n, s) => n + seriesChart(s).unlabelled.length, 0);
		expect(unlabelled / values).toBeLessThan(0.1);
	});
});

describe('seriesChart on the fixture (Derbyshire: 2015/16 disputed)', () => {
	const answer = getSeries(fixtureDataset(), { area: 'derbyshire' });
	if (answer.status !== 'found') throw new Error('fixture has a Derbyshire series');
	const chart = seriesChart(answer.data);

	it('draws the disputed year as a range with every value, never as a point on the line', () => {
		expect(chart.years.find((y) => y.year === '2015/16')).toMatchObject({ disputed: true, texts: ['983', '166'] });
		expect(chart.svg).toContain('class="sp-range"');
		expect(chart.svg.match(/sp-point sp-disputed/g)).toHaveLength(2);
		expect(chart.segments.some((s) => s.from === '2015/16' || s.to === '2015/16')).toBe(false);
		expect(chart.text).toContain('2015/16: 983 or 166 (the sources disagree)');
		expect(chart.note).toContain('the sources disagree');
	});

	it('is an image named by its title and its text alternative', () => {
		expect(chart.svg).toMatch(/^<svg id="chart-derbyshire-child-sexual-offences"[^>]*role="img"/);
		expect(chart.svg).toContain(`aria-labelledby="${chart.id}-title ${chart.id}-desc"`);
		expect(chart.svg).toContain(`<desc id="${chart.id}-desc">`);
	});
});

describe('seriesChart with a gap', () => {
	const dataset = getBundledDataset();
	const withGap = everySeries().find((s) =>
		s.points.some((p, i) => i > 0 && start(p.year) - start(s.points[i - 1]?.year ?? p.year) > 1),
	);

	it.skipIf(!withGap)('names the missing years in the text alternative and leaves them empty', () => {
		if (!withGap) return;
		const chart = seriesChart(withGap);
		expect(chart.text).toContain('no published figure');
		expect(chart.note).toContain('left empty');
		expect(dataset.areas.length).toBeGreaterThan(0);
	});
});
