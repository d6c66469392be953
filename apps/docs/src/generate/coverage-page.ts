import {
	COVERAGE_DASH,
	type Coverage,
	type Dataset,
	datasetLine,
	formatNumber,
	getCoverage,
	LEDGER_OUTCOME_LABELS,
	type Measure,
} from '@signpost-uk/domain';
import { helpSection } from './help-block.js';
import { frontMatter, mdTable, mdText } from './markdown-text.js';
import { downloadLines, type SiteOptions } from './site-options.js';
import { areaPath, SITE_PATHS } from './site-paths.js';

/**
 * The words each measure is shown by in the coverage tables: its short name as the domain gives it ("Offences
 * recorded"), escaped for a table cell. Readers see words, never initials.
 *
 * @example
 * ```ts
 * measureLabels([{ id: 'online-element', shortName: 'Online element' }]); // Map { "online-element" => "Online element" }
 * ```
 */
export function measureLabels(measures: readonly Pick<Measure, 'id' | 'shortName'>[]): Map<string, string> {
	return new Map(measures.map((m) => [m.id, mdText(m.shortName)]));
}

const ORIGIN_LABELS = {
	nspcc: 'NSPCC',
	police: 'police release',
	'police-foi': 'police FOI disclosure',
} as const;

/**
 * The per-release table: each release the sources report, who put it out, how many forces answered where a source
 * says, which forces its stored reports name, and which years and measures the dataset holds from it.
 *
 * @example
 * ```ts
 * releaseRows(getCoverage(dataset), measureLabels(dataset.measures)); // [["NSPCC FOI release, August 2020", "2020-08", ...]]
 * ```
 */
export function releaseRows(coverage: Coverage, labels: ReadonlyMap<string, string>): string[][] {
	return coverage.releases.map((r) => {
		const answered = r.release.forcesAnswered;
		const named = r.forcesNamed.map((a) => mdText(a.shortName)).join(', ');
		const grouped = r.forcesInGroups.map((a) => mdText(a.shortName)).join(', ');
		return [
			mdText(r.release.name),
			r.release.month ?? 'not shown',
			`${mdText(r.release.publishedBy)} (${ORIGIN_LABELS[r.release.origin]})`,
			answered ? `${answered.count}${answered.of ? ` of ${answered.of}` : ''}: ${mdText(answered.note)}` : 'not stated',
			[named || 'none by name', ...(grouped ? [`in group totals: ${grouped}`] : [])].join('; '),
			r.years.map((y) => `${y.year}: ${y.measures.map((m) => labels.get(m) ?? mdText(m)).join(', ')}`).join('; '),
			`${r.figureCount}`,
		];
	});
}

/** Every financial year from the first held to the last, so a year with no figure anywhere shows as a gap too. */
function everyYearBetween(years: readonly string[]): string[] {
	const starts = years.map((y) => Number(y.slice(0, 4)));
	if (starts.length === 0) return [];
	const first = Math.min(...starts);
	return Array.from({ length: Math.max(...starts) - first + 1 }, (_, i) => {
		const start = first + i;
		return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
	});
}

/** A force's row: its name (linked when it has a page), the measures held in each year, and its figure count. */
function forceRows(coverage: Coverage, years: readonly string[], labels: ReadonlyMap<string, string>): string[][] {
	return coverage.forces.map((force) => {
		const byYear = new Map(force.years.map((y) => [y.year, y.measures]));
		return [
			force.figureCount > 0
				? `[${mdText(force.area.shortName)}](${areaPath(force.area).link})`
				: mdText(force.area.shortName),
			...years.map((year) => {
				const measures = byYear.get(year) ?? [];
				// One measure a line, so a cell stays narrow on a phone.
				return measures.length > 0 ? measures.map((m) => labels.get(m) ?? mdText(m)).join('<br>') : '—';
			}),
			`${force.figureCount}`,
		];
	});
}

/** The forces' figures for spans of years ("2017/18-2022/23"), which the year columns cannot show. */
function spansSection(coverage: Coverage, labels: ReadonlyMap<string, string>): string[] {
	const spans = coverage.forces.flatMap((f) =>
		f.years.filter((y) => y.year.includes('-')).map((y) => ({ force: f, y })),
	);
	if (spans.length === 0) return [];
	return [
		'## Figures for spans of years',
		'',
		...spans.map(
			({ force, y }) =>
				`- ${mdText(force.area.shortName)}, ${y.year}: ${y.measures.map((m) => labels.get(m) ?? mdText(m)).join(', ')}`,
		),
		'',
	];
}

/** What each release gave, as {@link releaseRows}. */
function releasesSection(coverage: Coverage, labels: ReadonlyMap<string, string>): string[] {
	return [
		'## Coverage by release',
		'',
		...(coverage.releases.length === 0
			? ['No release records are held.', '']
			: [
					'Each NSPCC release (and each police release) the stored sources report: how many forces answered where a source says, which forces its stored reports name, and which years and measures Signpost holds from it. Two years from one release are compared; a later release that restates a year is shown beside the earlier value as a revision.',
					'',
					mdTable(
						[
							'Release',
							'Month',
							'Published by',
							'Forces answered',
							'Forces named',
							'Years and measures held',
							'Figures',
						],
						releaseRows(coverage, labels),
					),
					'',
				]),
	];
}

/**
 * The force-by-release grid: one row per force, one column per release (by month), each cell the ledger's outcome
 * (held, searched and not found, did not answer, not asked), then the sentences for the forces that gave no figures
 * and the totals Signpost computed from group totals.
 *
 * @example
 * ```ts
 * ledgerSection(getCoverage(dataset)); // ["## Forces by release", ..., "| Surrey | searched, not found | ..."]
 * ```
 */
export function ledgerSection(coverage: Coverage): string[] {
	if (coverage.ledger.entries === 0) return [];
	const columns = coverage.releases.map((r) => mdText(`${r.release.month ?? 'undated'}: ${r.release.name}`));
	const rows = coverage.forces.map((force, i) => [
		mdText(force.area.shortName),
		...coverage.releases.map((r) => {
			const cell = r.forces[i];
			return cell && cell.outcome !== 'not-recorded' ? LEDGER_OUTCOME_LABELS[cell.outcome] : '—';
		}),
	]);
	const unanswered = coverage.releases.flatMap((r) =>
		r.forces.filter((f) => f.outcome === 'did-not-answer').map((f) => `- ${mdText(f.sentence)}`),
	);
	const { ledger, recentTotals } = coverage;
	return [
		'## Forces by release',
		'',
		`For every force and every release, what the stored pages hold: **held** (Signpost holds the force's figures from the release), **searched and not found** (the release's stored reports were searched by force, county, town, regional round-up and headline number, and none gives a figure for the force), **did not answer** (a stored page says the force gave the NSPCC no figures) or **not asked** (the release covers other nations or forces only). ${ledger.entries} entries from ${ledger.queries} searches and ${ledger.pagesRead} pages read. ${recentTotals.reported} of ${coverage.forcesTotal} forces have a reported total for 2021/22 or later.`,
		'',
		'<div class="sp-scroll-box">',
		'',
		mdTable(['Force', ...columns], rows),
		'',
		'</div>',
		'',
		...(unanswered.length > 0 ? ['Forces that gave the NSPCC no figures:', '', ...unanswered, ''] : []),
		...(coverage.derived.length > 0
			? [
					'Totals computed by Signpost from group totals (not reported figures):',
					'',
					...coverage.derived.map(
						(d) => `- ${mdText(d.area.shortName)}, ${d.period}: ${formatNumber(d.value)} (${mdText(d.label)})`,
					),
					'',
				]
			: []),
	];
}

/**
 * The coverage table: every force by every year held, naming the measures with at least one figure, so gaps are
 * visible. Forces with no figure are listed too.
 *
 * @example
 * ```ts
 * coveragePage(dataset); // "# Coverage ... | Kent Police | — | — |"
 * ```
 */
export function coveragePage(dataset: Dataset, options: SiteOptions = {}): string {
	const coverage = getCoverage(dataset);
	const labels = measureLabels(dataset.measures);
	const years = everyYearBetween(coverage.years);
	return [
		frontMatter({ title: 'Coverage' }),
		'',
		'# Coverage: which figures are held',
		'',
		`${datasetLine(coverage)} ${COVERAGE_DASH}`,
		'',
		'## Measures',
		'',
		'Each cell names the measures Signpost holds a figure of for that force and year, by their short names:',
		'',
		mdTable(
			['Short name', 'Measure'],
			dataset.measures.map((m) => [labels.get(m.id) ?? mdText(m.id), mdText(m.name)]),
		),
		'',
		'## Forces by year',
		'',
		...(years.length === 0 ? ['No force figures are held yet.', ''] : []),
		'<div class="sp-scroll-box">',
		'',
		mdTable(['Force', ...years, 'Figures'], forceRows(coverage, years, labels)),
		'',
		'</div>',
		'',
		...spansSection(coverage, labels),
		...releasesSection(coverage, labels),
		...ledgerSection(coverage),
		`To add a figure, see [Adding a figure](/contributing/adding-a-figure).`,
		'',
		...downloadLines(options),
		helpSection(SITE_PATHS.support.link),
		'',
	].join('\n');
}
