import { indexDataset } from '../dataset/dataset-index.js';
import { perDataset } from '../dataset/per-dataset.js';
import { DEFAULT_MEASURE } from '../measure/default-measure.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { Figure } from '../schema/figure.js';
import type { LedgerEntry, LedgerOutcome } from '../schema/ledger-entry.js';
import type { Release } from '../schema/release.js';
import type { Source } from '../schema/source.js';
import type { DerivedTotal } from '../stats/derived-totals.js';
import { didNotAnswer, noFigureFound, notInScope } from '../text/coverage-wording.js';

/** One force in one release, as the coverage grid shows it: the ledger's outcome and what is said about it. */
export interface ForceInRelease {
	readonly area: Area;
	/** The ledger's outcome, or `not-recorded` where the dataset has no ledger entry for the pair. */
	readonly outcome: LedgerOutcome | 'not-recorded';
	/** The force's figures held from the release (for `figures-entered`). */
	readonly figures: readonly Figure[];
	/** Totals Signpost computed for the force from the release's group figures. */
	readonly derived: readonly DerivedTotal[];
	/** The page saying the force gave no figures (for `did-not-answer`), and its sentence. */
	readonly source?: Source;
	readonly quote?: string;
	/** The sentence an answer says for this force and release; empty for `figures-entered` and `not-recorded`. */
	readonly sentence: string;
}

// Both are read by every not-found figures answer and per release by the coverage: worked out once per dataset.
const reportsRead = perDataset(countReportsRead);
/** Counts worked out beforehand, for a copy of a dataset without its search logs (see {@link withReportsRead}). */
const reportsGiven = new WeakMap<Dataset, ReadonlyMap<string, number>>();
const asked = perDataset(findAskedYears);
const entriesByArea = perDataset((dataset): ReadonlyMap<string, readonly LedgerEntry[]> => {
	const byArea = new Map<string, LedgerEntry[]>();
	for (const entry of dataset.ledger) {
		const entries = byArea.get(entry.area);
		if (entries) entries.push(entry);
		else byArea.set(entry.area, [entry]);
	}
	return byArea;
});

/**
 * A force's ledger entries, one per release that asked about it, in the ledger's order: indexed once per dataset, so an
 * answer that says why a year has no figure, or which later years hold none, reads a force's few entries, not all.
 *
 * @example
 * ```ts
 * ledgerFor(getBundledDataset(), 'greater-manchester').find((e) => e.release === 'nspcc-2020-08')?.outcome; // "did-not-answer"
 * ```
 */
export function ledgerFor(dataset: Dataset, areaId: string): readonly LedgerEntry[] {
	return entriesByArea(dataset).get(areaId) ?? [];
}

/**
 * How many stored reports of each release were read, by release id: the distinct pages that report it among the
 * search logs' pages and the sources the dataset cites (read by the batches that entered them).
 *
 * @example
 * ```ts
 * reportsReadByRelease(getBundledDataset()).get('nspcc-2024-01'); // 16
 * ```
 */
export function reportsReadByRelease(dataset: Dataset): ReadonlyMap<string, number> {
	return reportsGiven.get(dataset) ?? reportsRead(dataset);
}

/**
 * Gives a dataset the reports-read counts worked out beforehand from its full search logs, for a copy that leaves the
 * logs out (the bundled dataset as `getFigures` reads it: the counts are all it reads of them).
 *
 * @param dataset - the dataset without its search logs
 * @param counts - {@link reportsReadByRelease} of the dataset with them
 * @returns the same dataset
 * @example
 * ```ts
 * withReportsRead({ ...dataset, searches: [] }, reportsReadByRelease(dataset));
 * ```
 */
export function withReportsRead<D extends Dataset>(dataset: D, counts: ReadonlyMap<string, number>): D {
	reportsGiven.set(dataset, counts);
	return dataset;
}

function countReportsRead(dataset: Dataset): ReadonlyMap<string, number> {
	const pages = new Map<string, Set<string>>();
	const add = (release: string | undefined, url: string | undefined) => {
		if (!release || !url) return;
		const set = pages.get(release) ?? new Set<string>();
		set.add(url);
		pages.set(release, set);
	};
	for (const log of dataset.searches)
		for (const page of log.pages) add(page.reports === 'this-release' ? log.release : page.release, page.url);
	for (const source of dataset.sources) add(source.release, source.url);
	return new Map([...pages].map(([id, set]) => [id, set.size]));
}

/**
 * The year each release asked the forces about, by release id: the latest year of offences recorded that the dataset
 * holds from it (the August 2020 release's 2019/20, not the 2020/21 of its Childline context figure), or the release's
 * last year where it holds none.
 *
 * @example
 * ```ts
 * askedYears(getBundledDataset()).get('nspcc-2020-08'); // "2019/20"
 * ```
 */
export function askedYears(dataset: Dataset): ReadonlyMap<string, string> {
	return asked(dataset);
}

function findAskedYears(dataset: Dataset): ReadonlyMap<string, string> {
	const recorded = new Set(dataset.measures.filter((m) => m.kind === 'recorded-offences').map((m) => m.id));
	const releaseOf = new Map(dataset.sources.map((s) => [s.id, s.release]));
	const latest = new Map<string, string>();
	for (const figure of dataset.figures) {
		if (!recorded.has(figure.measure) || figure.period.includes('-')) continue;
		for (const ref of figure.sources) {
			const release = releaseOf.get(ref.source);
			if (release && figure.period > (latest.get(release) ?? '')) latest.set(release, figure.period);
		}
	}
	return new Map(dataset.releases.map((r) => [r.id, latest.get(r.id) ?? r.years.at(-1) ?? '']));
}

/**
 * The name a "no figure" sentence gives a measure: none for offences recorded, else its short name ("Sexual
 * Communication with a Child"). Without a measure asked about, the release's own: offences recorded where it holds
 * them, else its first measure.
 *
 * @example
 * ```ts
 * releaseMeasureName(dataset, release, 'sexual-communication-with-a-child'); // "Sexual Communication with a Child"
 * ```
 */
export function releaseMeasureName(dataset: Dataset, release: Release, measure?: string): string | undefined {
	const named = measure ?? (release.measures.includes(DEFAULT_MEASURE) ? DEFAULT_MEASURE : release.measures[0]);
	return named === undefined || named === DEFAULT_MEASURE
		? undefined
		: indexDataset(dataset).measures.get(named)?.shortName;
}

/** The sentence for one entry: searched and not found, did not answer, not asked; none for figures held. */
function sentenceFor(
	entry: LedgerEntry | undefined,
	area: Area,
	release: Release,
	reportsRead: number,
	source: Source | undefined,
	year: string,
	measure: string | undefined,
): string {
	switch (entry?.outcome) {
		case 'not-found':
			return noFigureFound(area.shortName, year, release.name, reportsRead, measure);
		case 'did-not-answer':
			return source ? didNotAnswer(area.shortName, year, source) : '';
		case 'not-in-scope':
			return notInScope(area.shortName, entry.reason);
		default:
			return '';
	}
}

/**
 * Every force in one release, in registry order, with the ledger's outcome, the figures held, the totals computed
 * and the sentence an answer says.
 *
 * @param dataset - the dataset
 * @param release - the release
 * @param derived - the computed totals (from `deriveMemberTotals`)
 * @param reportsRead - how many stored reports of the release were read
 * @example
 * ```ts
 * const release = dataset.releases[0];
 * if (release) forcesInRelease(dataset, release, deriveMemberTotals(dataset).derived, 10);
 * ```
 */
export function forcesInRelease(
	dataset: Dataset,
	release: Release,
	derived: readonly DerivedTotal[],
	reportsRead: number,
): ForceInRelease[] {
	const entries = new Map(dataset.ledger.filter((e) => e.release === release.id).map((e) => [e.area, e]));
	const { figures, sources } = indexDataset(dataset);
	const year = askedYears(dataset).get(release.id) ?? '';
	const measure = releaseMeasureName(dataset, release);
	return dataset.areas
		.filter((a) => a.kind === 'force')
		.map((area) => {
			const entry = entries.get(area.id);
			const source = entry?.outcome === 'did-not-answer' ? sources.get(entry.source) : undefined;
			return {
				area,
				outcome: entry?.outcome ?? 'not-recorded',
				figures:
					entry?.outcome === 'figures-entered'
						? entry.figures.flatMap((id) => {
								const figure = figures.get(id);
								return figure ? [figure] : [];
							})
						: [],
				derived: derived.filter((d) => d.area.id === area.id && d.release.id === release.id),
				...(source ? { source } : {}),
				...(entry?.outcome === 'did-not-answer' ? { quote: entry.quote } : {}),
				sentence: sentenceFor(entry, area, release, reportsRead, source, year, measure),
			};
		});
}
