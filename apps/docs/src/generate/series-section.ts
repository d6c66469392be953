import { formatChange, type SeriesData } from '@signpost-uk/domain';
import { mdTable, mdText } from './markdown-text.js';
import { svgLineChart } from './svg-chart.js';

/**
 * A series of two or more years as a chart with its table beside it, and the computed year-on-year changes.
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
	const title = `${data.measure.shortName}, ${data.area.shortName}`;
	const chart = svgLineChart({
		id: `chart-${data.area.id}-${data.measure.id}`,
		title,
		points: data.points.map((p) => ({
			year: p.year,
			values: p.figures.map((f) => ({ value: f.figure.value, text: f.valueText })),
		})),
	});
	const table = mdTable(
		['Year', mdText(data.measure.shortName)],
		data.points.map((p) => [
			p.year,
			p.figures.length > 1
				? `${p.figures.map((f) => mdText(f.valueText)).join(' or ')} (the sources disagree)`
				: mdText(p.figures[0]?.valueText ?? ''),
		]),
	);
	const changes = data.changes.map(
		(c) =>
			`- ${c.from.figure.period} to ${c.to.figure.period}: ${formatChange(c.percent)} (computed by Signpost from ${mdText(c.from.valueText)} and ${mdText(c.to.valueText)}; not stated by the sources)`,
	);
	const apart = data.notCompared.map((p) => `- ${p.from.figure.period} to ${p.to.figure.period}: ${mdText(p.reason)}`);
	return [
		`${heading} ${mdText(title)}`,
		'',
		'<div class="sp-series">',
		`<figure class="sp-figure">`,
		chart,
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
