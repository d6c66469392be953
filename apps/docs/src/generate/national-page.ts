import {
	type Area,
	answerCaveats,
	CAVEATS,
	type Dataset,
	getNational,
	getSeries,
	isNationalArea,
	latestSummary,
	noNationalFigure,
} from '@signpost-uk/domain';
import { dataPageBody } from './data-page-body.js';
import { figureAnchor, figureDetails, sourceListHtml } from './figure-details.js';
import { frontMatter, mdTable, mdText } from './markdown-text.js';
import { seriesSection } from './series-section.js';
import type { SiteOptions } from './site-options.js';
import { nationalYearPath, SITE_PATHS } from './site-paths.js';

/**
 * National and UK-wide figures: a chart for each national series of two or more years, and each year's figures in a
 * table linking to that year's page (see {@link nationalYearPage}) for sources, quotes and notes.
 *
 * @example
 * ```ts
 * nationalPage(dataset); // "# National figures ... ## 2019/20 ... 73,518"
 * ```
 */
export function nationalPage(dataset: Dataset, options: SiteOptions = {}): string {
	const latest = getNational(dataset);
	const held =
		latest.status === 'found' ? latest.data.yearsHeld : latest.status === 'not-found' ? latest.yearsHeld : [];
	const caveats = new Set<string>(answerCaveats(latest));
	// A nation policed by one force resolves to that force: chart each resolved area once.
	const charted = new Set<string>();
	const charts = nationalAreasInOrder(dataset)
		.flatMap((area) => {
			const series = getSeries(dataset, { area: area.id });
			if (series.status !== 'found' || charted.has(series.data.area.id)) return [];
			charted.add(series.data.area.id);
			return [seriesSection(series.data)];
		})
		.filter((s): s is string => s !== null);
	const years = [...held].reverse().flatMap((year) => {
		const answer = getNational(dataset, { year });
		if (answer.status !== 'found') return [];
		for (const c of answerCaveats(answer)) caveats.add(c);
		const page = nationalYearPath(year).link;
		return [
			`## ${year}`,
			'',
			mdTable(
				['Area', 'What is counted', 'Figure'],
				answer.data.figures.map((f) => [
					mdText(f.area.name),
					mdText(f.label),
					`[**${mdText(f.valueText)}**](${page}#${figureAnchor(f)})`,
				]),
			),
			'',
			`Each figure's source, quote and notes: [national figures for ${year}](${page}).`,
			'',
		];
	});
	return [
		frontMatter({ title: 'National figures' }),
		'',
		'# National figures',
		'',
		...nationalLead(dataset),
		`UK-wide and national totals of police-recorded child sexual offences, as published. ${CAVEATS.forcesDiffer} See the [methodology](${SITE_PATHS.methodology.link}).`,
		'',
		...(held.length === 0 ? [noNationalFigure(), ''] : []),
		...dataPageBody({ charts, sections: years, caveats, options }),
	].join('\n');
}

/**
 * One year's national and UK-wide figures in full: the table, then each figure with its quote, notes, conflicts and
 * a "cite this figure" line, each source cited once in the page's list of sources; the caveats and the help lines.
 * `null` when no national figure is held for the year.
 *
 * @example
 * ```ts
 * nationalYearPage(dataset, '2019/20'); // "# National figures, 2019/20 ... 73,518 ... ## Sources ..."
 * ```
 */
export function nationalYearPage(dataset: Dataset, year: string, options: SiteOptions = {}): string | null {
	const answer = getNational(dataset, { year });
	if (answer.status !== 'found') return null;
	const { figures } = answer.data;
	const page = nationalYearPath(year).link;
	const cite = { pageUrl: `${options.baseUrl ?? ''}${page}`, version: dataset.version };
	const section = [
		mdTable(
			['Area', 'What is counted', 'Figure'],
			figures.map((f) => [mdText(f.area.name), mdText(f.label), `[**${mdText(f.valueText)}**](#${figureAnchor(f)})`]),
		),
		'',
		...figures.flatMap((f) => [
			figureDetails({ ...f, label: `${f.area.shortName}: ${f.label}` }, { sourceList: true, cite }),
			'',
		]),
		'## Sources',
		'',
		'Every source the figures on this page come from, once each.',
		'',
		sourceListHtml(
			figures.flatMap((f) => [
				...f.sources.map((s) => s.source),
				...f.conflicts.flatMap((c) => c.values.flatMap((v) => v.sources.map((s) => s.source))),
			]),
		),
		'',
	].join('\n');
	return [
		frontMatter({ title: `National figures, ${year}` }),
		'',
		`# National figures, ${year}`,
		'',
		`UK-wide and national totals for ${year}, as published, each with its source. [All years and charts](${SITE_PATHS.national.link}). ${CAVEATS.forcesDiffer}`,
		'',
		...dataPageBody({ charts: [], sections: [section], caveats: answerCaveats(answer), options }),
	].join('\n');
}

/**
 * The years with a national or UK-wide figure, newest first: one page each.
 *
 * @example
 * ```ts
 * nationalYears(dataset)[0]; // "2024/25"
 * ```
 */
export function nationalYears(dataset: Dataset): string[] {
	const latest = getNational(dataset);
	return [
		...(latest.status === 'found' ? latest.data.yearsHeld : latest.status === 'not-found' ? latest.yearsHeld : []),
	].reverse();
}

/** Where a national area comes on the national page: the UK, then nations and groups of nations, then forces. */
const NATIONAL_RANK: Readonly<Record<Area['kind'], number>> = { uk: 0, group: 1, nation: 1, force: 2, region: 3 };

/**
 * The areas whose figures count as national, the UK first, then the nations (and groups of nations), then the
 * forces that police a whole nation (Police Scotland, the PSNI); registry order within each.
 *
 * @example
 * ```ts
 * nationalAreasInOrder(dataset)[0].id; // "uk"
 * ```
 */
export function nationalAreasInOrder(dataset: Dataset): Area[] {
	return dataset.areas
		.filter((a) => isNationalArea(a))
		.map((area, i) => ({ area, i }))
		.sort((a, b) => NATIONAL_RANK[a.area.kind] - NATIONAL_RANK[b.area.kind] || a.i - b.i)
		.map(({ area }) => area);
}

/**
 * The national page's lead, in the domain's sentences ({@link latestSummary}): the UK's latest total and its year
 * first, then each nation's or group's latest total, then each force policing a whole nation. Areas with no total
 * are left out. Empty when the UK has no total.
 */
function nationalLead(dataset: Dataset): string[] {
	const summaries = nationalAreasInOrder(dataset)
		.map((area) => latestSummary(dataset, area))
		.filter((s) => s.total !== null);
	const [uk] = summaries;
	if (uk?.area.kind !== 'uk') return [];
	const list = (kinds: readonly Area['kind'][]) =>
		summaries.filter((s) => kinds.includes(s.area.kind)).map((s) => `- ${s.sentences.map((t) => mdText(t)).join(' ')}`);
	const nations = list(['nation', 'group']);
	const forces = list(['force']);
	return [
		'<div class="sp-summary">',
		'',
		...uk.sentences.map((t) => mdText(t)).flatMap((t, i) => [i === 0 ? `**${t}**` : t, '']),
		...(nations.length > 0 ? ['Nations:', '', ...nations, ''] : []),
		...(forces.length > 0 ? ['Forces that police a whole nation:', '', ...forces, ''] : []),
		'</div>',
		'',
	];
}
