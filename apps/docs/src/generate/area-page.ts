import {
	type Area,
	answerCaveats,
	type Dataset,
	formatChange,
	getFigures,
	getSeries,
	indexDataset,
	latestSummary,
	type Measure,
	type SeriesData,
	viewFigure,
	yearsHeld,
} from '@signpost-uk/domain';
import { placesPolicedBy } from './area-places.js';
import { dataPageBody } from './data-page-body.js';
import { figureDetails } from './figure-details.js';
import { frontMatter, mdTable, mdText } from './markdown-text.js';
import { measureHeading } from './measure-heading.js';
import { seriesSection } from './series-section.js';
import type { SiteOptions } from './site-options.js';
import { areaPath, SITE_PATHS } from './site-paths.js';

/**
 * The series of every measure held for an area with two or more years, ready to chart.
 *
 * @example
 * ```ts
 * chartableSeries(dataset, derbyshire).map((s) => s.measure.id); // ["child-sexual-offences"]
 * ```
 */
export function chartableSeries(dataset: Dataset, area: Area): SeriesData[] {
	return dataset.measures.flatMap((measure) => {
		const answer = getSeries(dataset, { area: area.id, measure: measure.id });
		return answer.status === 'found' && answer.data.points.length >= 2 ? [answer.data] : [];
	});
}

/**
 * The page's lead: what an answer with no year leads with (the latest offences recorded, then each other measure's
 * latest figures with their own years), as the bot and the SDK give it.
 *
 * @example
 * ```ts
 * latestFigures(dataset, uk); // ["## Latest figures", "", "- Offences recorded, 2022/23: **86,962** (43 forces gave data)", ...]
 * ```
 */
export function latestFigures(dataset: Dataset, area: Area): string[] {
	const answer = getFigures(dataset, { area: area.id });
	if (answer.status !== 'found') return [];
	const d = answer.data;
	const groups = [...(d.headline ? [d.headline] : []), ...d.otherMeasures, ...d.context];
	const lines = groups.flatMap((g) =>
		g.figures.map((f) => {
			const coverage = f.coverage.length ? ` (${mdText(f.coverage.join('; '))})` : '';
			const disputed = f.conflicts.length > 0 ? ' (disputed)' : '';
			return `- ${mdText(f.label)}${MEASURE_KIND_NOTE[f.measure.kind]}, ${g.year}: **${mdText(f.valueText)}**${coverage}${disputed}`;
		}),
	);
	return ['## Latest figures', '', ...lines, ''];
}

/** What an area page's table adds after a figure's label, by the kind of its measure. */
const MEASURE_KIND_NOTE: Record<Measure['kind'], string> = {
	'recorded-offences': '',
	outcomes: ' (outcomes, not offences recorded)',
	context: ' (context, not police-recorded)',
};

/**
 * The summary an area page opens with, from the domain's {@link latestSummary}: the latest total and its year, a
 * sentence when it is several years old, and the latest figure of every other measure with its year.
 */
function summaryBlock(dataset: Dataset, area: Area): string[] {
	const summary = latestSummary(dataset, area);
	return [
		'<div class="sp-summary">',
		'',
		...summary.sentences.map((s) => mdText(s)).flatMap((s, i) => [i === 0 ? `**${s}**` : s, '']),
		// The latest figure of every measure, as an answer with no year gives them (the same lead as the bot and SDK).
		...latestFigures(dataset, area),
		'</div>',
		'',
	];
}

/**
 * An area's page: every figure held, year by year, each with its sources, quotes, qualifiers and conflicts; a chart
 * and table for each series of two or more years; the caveats; the help lines.
 *
 * @example
 * ```ts
 * areaPage(dataset, derbyshire); // "---\ntitle: ...\n# Derbyshire Constabulary ..."
 * ```
 */
export function areaPage(dataset: Dataset, area: Area, options: SiteOptions = {}): string {
	const years = yearsHeld(dataset, { area: area.id });
	const cite = { pageUrl: `${options.baseUrl ?? ''}${areaPath(area).link}`, version: dataset.version };
	const caveats = new Set<string>();
	const sections: string[] = [];
	const shown: string[] = [];
	for (const year of [...years].reverse()) {
		const answer = getFigures(dataset, { area: area.id, year });
		if (answer.status !== 'found') continue;
		for (const c of answerCaveats(answer)) caveats.add(c);
		const { figures, spanFigures, changes, notCompared, disputedPrevious } = answer.data;
		const all = [...figures, ...spanFigures];
		for (const f of all) shown.push(f.figure.id);
		const lines = [
			`## ${year}`,
			'',
			mdTable(
				['What is counted', 'Period', 'Figure', 'Sources'],
				all.map((f) => [
					`${mdText(f.label)}${MEASURE_KIND_NOTE[f.measure.kind]}`,
					mdText(f.figure.period),
					`**${mdText(f.valueText)}**${f.conflicts.length > 0 ? ' (disputed)' : ''}${f.lowConfidence ? ' (low confidence)' : ''}`,
					mdText(f.sources.map((s) => s.source.publisher ?? s.source.title).join('; ')),
				]),
			),
		];
		for (const c of changes)
			lines.push(
				'',
				`Change from ${c.from.figure.period}: ${formatChange(c.percent)} (computed by Signpost from ${mdText(c.from.valueText)} and ${mdText(c.to.valueText)}; not stated by the sources).`,
			);
		for (const pair of notCompared)
			lines.push('', `${mdText(pair.from.figure.period)}: ${mdText(pair.from.valueText)}. ${mdText(pair.reason)}`);
		if (disputedPrevious.length > 0)
			lines.push(
				'',
				`No change from the previous year is computed: the sources disagree about it (${disputedPrevious.map((d) => mdText(d.valueText)).join(' and ')}).`,
			);
		lines.push('', ...all.flatMap((f) => [figureDetails(f, { cite }), '']));
		sections.push(lines.join('\n'));
	}
	// Span figures ("2017/18-2022/23") show under the year they end in; those ending in a year with no other figure
	// get their own section, so every figure held is on the page.
	const shownSpans = new Set(shown);
	const index = indexDataset(dataset);
	const otherSpans = dataset.figures
		.filter((f) => f.area === area.id && f.period.includes('-') && !shownSpans.has(f.id))
		.map((f) => viewFigure(index, f));
	if (otherSpans.length > 0) {
		sections.push(
			[
				'## Figures for spans of years',
				'',
				mdTable(
					['What is counted', 'Period', 'Figure'],
					otherSpans.map((f) => [mdText(f.label), mdText(f.figure.period), `**${mdText(f.valueText)}**`]),
				),
				'',
				...otherSpans.flatMap((f) => [figureDetails(f, { cite }), '']),
			].join('\n'),
		);
	}
	const charts = chartableSeries(dataset, area)
		.map((s) => seriesSection(s))
		.filter((s): s is string => s !== null);
	for (const series of chartableSeries(dataset, area)) {
		const answer = getSeries(dataset, { area: area.id, measure: series.measure.id });
		for (const c of answerCaveats(answer)) caveats.add(c);
	}
	const measures = [...new Set(dataset.figures.filter((f) => f.area === area.id).map((f) => f.measure))];
	// What each measure counts, in the domain's words ("the online grooming offence"), once per page.
	sections.push(
		[
			'## What is counted',
			'',
			...measures.flatMap((id) => {
				const measure = dataset.measures.find((m) => m.id === id);
				return measure ? [`### ${mdText(measureHeading(measure))}`, '', mdText(measure.definition), ''] : [];
			}),
			'',
		].join('\n'),
	);
	// The places the domain's gazetteer resolves to this force alone, so the site search finds the page by a town,
	// an authority, an abbreviation or a Welsh name a reader types ("Birmingham", "Hants", "Caerdydd").
	const places = placesPolicedBy(dataset, area);
	if (places.length > 0)
		sections.push(
			[
				`## Places policed by ${mdText(area.name)}`,
				'',
				`Local authorities, towns and other names (short forms, Welsh, Gaelic and Irish names) that Signpost answers with this force: ${places.map((p) => mdText(p)).join(', ')}.`,
				'',
			].join('\n'),
		);
	return [
		frontMatter({
			title: area.name,
			description: `Police-recorded child sexual offence figures for ${area.name}, with sources.`,
		}),
		'',
		`# ${mdText(area.name)}`,
		'',
		...summaryBlock(dataset, area),
		`Police-recorded child sexual offence figures for ${mdText(area.name)}, as published in NSPCC Freedom of Information releases and reported in the press. Every figure is shown with the source that states it, word for word. Recorded offences are not a count of children abused; see the caveats below and the [methodology](${SITE_PATHS.methodology.link}).`,
		'',
		`- Years held: ${years.join(', ') || 'none'}`,
		`- Measures held: ${measures.map((id) => mdText(dataset.measures.find((m) => m.id === id)?.shortName ?? id)).join(', ')}`,
		// The names the domain resolves to this area, so the site search finds the page by any of them.
		...(area.aliases.length > 0 ? [`- Also searched for as: ${area.aliases.map((a) => mdText(a)).join(', ')}`] : []),
		'',
		...dataPageBody({ charts, sections, caveats, options }),
	].join('\n');
}
