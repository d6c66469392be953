import { changeNotComputed, noFigureFor, type SeriesData, seriesChart } from '@signpost-uk/domain';
import { computedChange } from './computed-change.js';
import { htmlText, mdTable, mdText } from './markdown-text.js';

/**
 * A series of two or more years as a chart with its table beside it, the computed year-on-year changes, and each
 * year with no figure ("No figure for 2017/18") or no change computed, with why ("2018/19: change not computed: no
 * figure for the year before"), in the domain's words.
 * Returns `null` for a series with fewer than two years (there is nothing to chart).
 *
 * @example
 * ```ts
 * const answer = getSeries(dataset, { area: 'derbyshire' });
 * if (answer.status === 'found') seriesSection(answer.data);
 * ```
 */
export function seriesSection(data: SeriesData, heading = '###'): string | null {
	if (data.points.length < 2) return null;
	const chart = seriesChart(data);
	const { title } = chart;
	const table = mdTable(
		['Year', mdText(data.measure.shortName)],
		data.points.map((p) => [
			p.year,
			p.figures.length > 1
				? `${p.figures.map((f) => mdText(f.valueText)).join(' or ')} (the sources disagree)`
				: mdText(p.figures[0]?.valueText ?? ''),
		]),
	);
	const changes = data.changes.map((c) => `- ${computedChange(c)}`);
	// Every year from the first to the last that has no figure, or no change from the year before, and why: in order.
	const apart = [
		...data.missingYears.map((year) => ({ year, line: `- ${mdText(noFigureFor(year))}` })),
		...data.noChange.map((n) => ({ year: n.year, line: `- ${n.year}: ${mdText(changeNotComputed(n.reason))}` })),
	]
		.sort((a, b) => a.year.localeCompare(b.year))
		.map((a) => a.line);
	return [
		`${heading} ${mdText(title)}`,
		'',
		'<div class="sp-series">',
		`<figure class="sp-figure">`,
		'<div class="sp-chart-box">',
		chart.svg,
		'</div>',
		`<figcaption>${htmlText(chart.note)}</figcaption>`,
		'</figure>',
		'<div class="sp-series-table">',
		'',
		table,
		'',
		'</div>',
		'</div>',
		...(changes.length > 0 || apart.length > 0 ? ['', ...changes, ...apart] : []),
	].join('\n');
}
