import {
	type Area,
	answerCaveats,
	type Dataset,
	type FiguresAnswer,
	getFigures,
	getSeries,
	indexDataset,
	laterYearsLines,
	latestSummary,
	type Measure,
	type SeriesData,
	viewFigure,
	yearsHeld,
} from '@signpost-uk/domain';
import { areaLinkText } from './area-link-text.js';
import { placesSection } from './area-places.js';
import { computedChange } from './computed-change.js';
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
			const notes = f.republishedOnly ? [...f.coverage, f.republishedOnly] : f.coverage;
			const coverage = notes.length ? ` (${mdText(notes.join('; '))})` : '';
			const disputed = f.conflicts.length > 0 ? ' (disputed)' : '';
			return `- ${mdText(f.label)}${MEASURE_KIND_NOTE[f.measure.kind]}, ${g.year}: **${mdText(f.valueText)}**${coverage}${disputed}`;
		}),
	);
	// Later years a release covered that hold no figure for the force, said as the bot and the SDK say them.
	const later = laterYearsLines(d).flatMap((line) => ['', mdText(line)]);
	return lines.length > 0 ? ['## Latest figures', '', ...lines, ...later, ''] : [];
}

/**
 * When an area has no figure for a single year (a group a source gives one total for, over several years), its
 * summary lists those totals with their spans instead of an empty "Latest figures".
 */
function spanFigures(dataset: Dataset, area: Area): string[] {
	const index = indexDataset(dataset);
	const spans = dataset.figures
		.filter((f) => f.area === area.id && f.period.includes('-'))
		.map((f) => viewFigure(index, f))
		.map((f) => `- ${mdText(f.label)}, ${mdText(f.figure.period)}: **${mdText(f.valueText)}**`);
	return spans.length > 0 ? ['## Latest figures', '', ...spans, ''] : [];
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
	const latest = latestFigures(dataset, area);
	return [
		'<div class="sp-summary">',
		'',
		...summary.sentences.map((s) => mdText(s)).flatMap((s, i) => [i === 0 ? `**${s}**` : s, '']),
		// The latest figure of every measure, as an answer with no year gives them (the same lead as the bot and SDK).
		...(latest.length > 0 ? latest : spanFigures(dataset, area)),
		'</div>',
		'',
	];
}

/** The page's address and the dataset version, for each figure's "cite this figure" line. */
type Cite = { readonly pageUrl: string; readonly version: string };

/** One year's figures: the table, the computed changes and the years not compared, then each figure in full. */
function yearSection(answer: FiguresAnswer & { status: 'found' }, year: string, cite: Cite): string {
	const { figures, changes, notCompared, disputedPrevious } = answer.data;
	// A span total ("2017/18-2022/23") is never shown under one year's heading: spans have their own section.
	const all = figures.filter((f) => f.period === year);
	const lines = [
		`## ${year}`,
		'',
		// On a phone the table stacks (one figure a block) rather than cutting its Sources column at the screen's edge.
		'<div class="sp-stack-table">',
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
		'',
		'</div>',
	];
	for (const c of changes) lines.push('', `${mdText(c.to.label)}: ${computedChange(c)}.`);
	for (const pair of notCompared)
		lines.push('', `${mdText(pair.from.figure.period)}: ${mdText(pair.from.valueText)}. ${mdText(pair.reason)}`);
	if (disputedPrevious.length > 0)
		lines.push(
			'',
			`No change from the previous year is computed: the sources disagree about it (${disputedPrevious.map((d) => mdText(d.valueText)).join(' and ')}).`,
		);
	lines.push('', ...all.flatMap((f) => [figureDetails(f, { cite }), '']));
	return lines.join('\n');
}

/** Every year held, latest first, as {@link yearSection}s; adds each year's caveats and returns the figures shown. */
function yearSections(dataset: Dataset, area: Area, years: readonly string[], cite: Cite, caveats: Set<string>) {
	const sections: string[] = [];
	const shown = new Set<string>();
	for (const year of [...years].reverse()) {
		const answer = getFigures(dataset, { area: area.id, year });
		if (answer.status !== 'found') continue;
		for (const c of answerCaveats(answer)) caveats.add(c);
		for (const f of answer.data.figures) shown.add(f.figure.id);
		// A year held only through a span ("2017/18-2022/23") has no row of its own: no empty table under its heading.
		if (!answer.data.figures.some((f) => f.period === year)) continue;
		sections.push(yearSection(answer, year, cite));
	}
	return { sections, shown };
}

/**
 * Span figures ("2017/18-2022/23") in a section of their own, under their spans, never under one year's heading, so
 * every figure held is on the page. `null` when there are none.
 */
function otherSpansSection(dataset: Dataset, area: Area, shown: ReadonlySet<string>, cite: Cite): string | null {
	const index = indexDataset(dataset);
	const spans = dataset.figures
		.filter((f) => f.area === area.id && f.period.includes('-') && !shown.has(f.id))
		.map((f) => viewFigure(index, f));
	if (spans.length === 0) return null;
	return [
		'## Figures for spans of years',
		'',
		mdTable(
			['What is counted', 'Period', 'Figure'],
			spans.map((f) => [mdText(f.label), mdText(f.figure.period), `**${mdText(f.valueText)}**`]),
		),
		'',
		...spans.flatMap((f) => [figureDetails(f, { cite }), '']),
	].join('\n');
}

/** A chart and table for each series of two or more years; adds each series' caveats. */
function seriesCharts(dataset: Dataset, area: Area, caveats: Set<string>): string[] {
	const series = chartableSeries(dataset, area);
	for (const s of series) {
		const answer = getSeries(dataset, { area: area.id, measure: s.measure.id });
		for (const c of answerCaveats(answer)) caveats.add(c);
	}
	// A group's chart is titled with the one name its page shows (the domain's charts use the short name).
	return series
		.map((s) => seriesSection({ ...s, area: { ...s.area, shortName: areaLinkText(s.area) } }))
		.filter((s): s is string => s !== null);
}

/** What each measure counts, in the domain's words ("the online grooming offence"), once per page. */
function countedSection(dataset: Dataset, measures: readonly string[]): string {
	return [
		'## What is counted',
		'',
		...measures.flatMap((id) => {
			const measure = dataset.measures.find((m) => m.id === id);
			return measure ? [`### ${mdText(measureHeading(measure))}`, '', mdText(measure.definition), ''] : [];
		}),
		'',
	].join('\n');
}

/** The page's title, summary and introduction: what it holds, the years and measures, the names searched for. */
function pageHead(dataset: Dataset, area: Area, years: readonly string[], measures: readonly string[]): string[] {
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
	const { sections, shown } = yearSections(dataset, area, years, cite, caveats);
	const spans = otherSpansSection(dataset, area, shown, cite);
	const charts = seriesCharts(dataset, area, caveats);
	// The lead shows each measure's latest figure side by side: what that answer says of them is said here too.
	for (const c of answerCaveats(getFigures(dataset, { area: area.id }))) caveats.add(c);
	const measures = [...new Set(dataset.figures.filter((f) => f.area === area.id).map((f) => f.measure))];
	const places = placesSection(dataset, area);
	return [
		...pageHead(dataset, area, years, measures),
		...dataPageBody({
			charts,
			sections: [...sections, ...(spans ? [spans] : []), countedSection(dataset, measures)],
			searchable: places ? [places] : [],
			caveats,
			options,
		}),
	].join('\n');
}
