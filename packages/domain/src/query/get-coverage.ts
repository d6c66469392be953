import { indexDataset } from '../dataset/dataset-index.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { PeriodId, YearId } from '../schema/period-id.js';
import type { Release } from '../schema/release.js';
import { type DerivedTotal, deriveMemberTotals, type RefusedTotal } from '../stats/derived-totals.js';
import { type ForceLatestTotal, latestTotals } from './latest-totals.js';
import { type ForceInRelease, forcesInRelease, reportsReadByRelease } from './release-ledger.js';

/** What is held for one area. */
export interface AreaCoverage {
	readonly area: Area;
	/** Per year, the measures with at least one figure. */
	readonly years: readonly { readonly year: YearId; readonly measures: readonly string[] }[];
	readonly figureCount: number;
}

/** What the dataset holds from one release's stored reports. */
export interface ReleaseCoverage {
	readonly release: Release;
	/** Sources that point at the release. */
	readonly sourceCount: number;
	/** Figures with at least one of those sources. */
	readonly figureCount: number;
	/** Forces with a figure of their own from the release's reports, in registry order. */
	readonly forcesNamed: readonly Area[];
	/** Forces the reports name only as members of a group total (North, South and West Yorkshire), not in `forcesNamed`. */
	readonly forcesInGroups: readonly Area[];
	/** Per year or span held from the release, the measures with at least one figure, oldest first. */
	readonly years: readonly { readonly year: PeriodId; readonly measures: readonly string[] }[];
	/** How many stored reports of the release were read (distinct pages across the search logs). */
	readonly reportsRead: number;
	/** Every force, in registry order: held, searched and not found, did not answer, or not asked (the ledger). */
	readonly forces: readonly ForceInRelease[];
}

/** The size of the force-by-release ledger and of its searches. */
export interface LedgerSummary {
	/** Ledger entries (one per force and release). */
	readonly entries: number;
	/** Releases with an entry for every force. */
	readonly releasesCovered: number;
	/** Search logs, the queries they ran, and the pages read. */
	readonly searches: number;
	readonly queries: number;
	readonly pagesRead: number;
	/** Entries by outcome. */
	readonly outcomes: Readonly<Record<'figures-entered' | 'not-found' | 'did-not-answer' | 'not-in-scope', number>>;
}

/** The year from which a force's latest total counts as recent in the summary. */
export const RECENT_TOTAL_FROM = '2021/22';

/** Coverage of the dataset: which forces and years have figures, so gaps are visible. */
export interface Coverage {
	readonly version: string;
	readonly forces: readonly AreaCoverage[];
	readonly forcesWithFigures: number;
	readonly forcesTotal: number;
	readonly figureCount: number;
	readonly sourceCount: number;
	/** Financial years with any figure, oldest first. */
	readonly years: readonly YearId[];
	/** Per release (oldest first; undated releases last), which forces its reports name and which years and measures are held. */
	readonly releases: readonly ReleaseCoverage[];
	/** The force-by-release ledger's size. */
	readonly ledger: LedgerSummary;
	/** Per force, its latest reported and computed totals and how many releases hold its figures. */
	readonly latestTotals: readonly ForceLatestTotal[];
	/** Forces whose latest reported total is for `RECENT_TOTAL_FROM` (2021/22) or later, and with computed totals counted. */
	readonly recentTotals: { readonly reported: number; readonly withComputed: number };
	/** Totals Signpost computed from group totals, and those it refused because the release's figures disagree. */
	readonly derived: readonly DerivedTotal[];
	readonly refused: readonly RefusedTotal[];
}

function yearsAndMeasures(figures: readonly { period: PeriodId; measure: string }[]) {
	const byYear = new Map<PeriodId, Set<string>>();
	for (const f of figures) {
		const set = byYear.get(f.period) ?? new Set<string>();
		set.add(f.measure);
		byYear.set(f.period, set);
	}
	return [...byYear.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([year, set]) => ({ year, measures: [...set].sort() }));
}

function releaseCoverage(dataset: Dataset, derived: readonly DerivedTotal[]): ReleaseCoverage[] {
	const reportsRead = reportsReadByRelease(dataset);
	const sourceRelease = new Map(dataset.sources.map((s) => [s.id, s.release]));
	const areas = new Map(dataset.areas.map((a) => [a.id, a]));
	const forceOrder = dataset.areas.filter((a) => a.kind === 'force');
	return dataset.releases
		.map((release) => {
			const figures = dataset.figures.filter((f) => f.sources.some((s) => sourceRelease.get(s.source) === release.id));
			const own = new Set(figures.map((f) => f.area));
			const grouped = new Set(figures.flatMap((f) => areas.get(f.area)?.members ?? []));
			return {
				release,
				sourceCount: dataset.sources.filter((s) => s.release === release.id).length,
				figureCount: figures.length,
				forcesNamed: forceOrder.filter((a) => own.has(a.id)),
				forcesInGroups: forceOrder.filter((a) => grouped.has(a.id) && !own.has(a.id)),
				years: yearsAndMeasures(figures),
				reportsRead: reportsRead.get(release.id) ?? 0,
				forces: forcesInRelease(dataset, release, derived, reportsRead.get(release.id) ?? 0),
			};
		})
		.sort((a, b) => (a.release.month ?? '9999').localeCompare(b.release.month ?? '9999'));
}

function ledgerSummary(dataset: Dataset): LedgerSummary {
	const forces = dataset.areas.filter((a) => a.kind === 'force').length;
	const count = (outcome: keyof LedgerSummary['outcomes']) =>
		dataset.ledger.filter((e) => e.outcome === outcome).length;
	return {
		entries: dataset.ledger.length,
		releasesCovered: dataset.releases.filter(
			(r) => new Set(dataset.ledger.filter((e) => e.release === r.id).map((e) => e.area)).size === forces,
		).length,
		searches: dataset.searches.length,
		queries: dataset.searches.reduce((n, s) => n + s.queries.length, 0),
		pagesRead: dataset.searches.reduce((n, s) => n + s.pages.length, 0),
		outcomes: {
			'figures-entered': count('figures-entered'),
			'not-found': count('not-found'),
			'did-not-answer': count('did-not-answer'),
			'not-in-scope': count('not-in-scope'),
		},
	};
}

/**
 * Which forces and years hold figures, and for which measures. Forces with no figure are listed too. Per release,
 * which forces its stored reports name, which years and measures the dataset holds from it, and for every force the
 * ledger's outcome (held, searched and not found, did not answer, not asked) with the sentence an answer says. The
 * totals computed from group totals, each force's latest total, and how many forces have one for 2021/22 or later.
 *
 * @example
 * ```ts
 * const coverage = getCoverage(dataset);
 * `${coverage.forcesWithFigures} of ${coverage.forcesTotal} forces`;
 * coverage.releases.find((r) => r.release.id === 'nspcc-2020-08')?.forcesNamed.length;
 * coverage.recentTotals.reported; // forces whose latest total is for 2021/22 or later
 * ```
 */
export function getCoverage(dataset: Dataset): Coverage {
	const index = indexDataset(dataset);
	const { derived, refused } = deriveMemberTotals(dataset);
	const latest = latestTotals(dataset, derived);
	const forces = dataset.areas
		.filter((a) => a.kind === 'force')
		.map((area) => {
			const figures = index.figuresByArea.get(area.id) ?? [];
			return { area, years: yearsAndMeasures(figures), figureCount: figures.length };
		});
	return {
		version: dataset.version,
		forces,
		forcesWithFigures: forces.filter((f) => f.figureCount > 0).length,
		forcesTotal: forces.length,
		figureCount: dataset.figures.length,
		sourceCount: dataset.sources.length,
		years: [...new Set(dataset.figures.filter((f) => !f.period.includes('-')).map((f) => f.period))].sort(),
		releases: releaseCoverage(dataset, derived),
		ledger: ledgerSummary(dataset),
		latestTotals: latest,
		recentTotals: {
			reported: latest.filter((f) => (f.reported ?? '') >= RECENT_TOTAL_FROM).length,
			withComputed: latest.filter((f) => (f.derived ?? f.reported ?? '') >= RECENT_TOTAL_FROM).length,
		},
		derived,
		refused,
	};
}
