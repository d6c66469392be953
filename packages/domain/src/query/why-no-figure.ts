import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import { didNotAnswer, noFigureFound } from '../text/coverage-wording.js';
import { askedYears, ledgerFor, releaseMeasureName, reportsReadByRelease } from './release-ledger.js';

/**
 * Why Signpost holds no figure for a force, year and measure, from the ledger: the force gave the NSPCC no figures for
 * the release that asked for that year ("Cheshire gave the NSPCC no figures for 2018/19 (The Lincolnite, 2019-10-24).")
 * or the release's stored reports were searched and none gives one ("Signpost holds no figure for Surrey for 2022/23;
 * 14 stored reports of the release (...) were read."). Undefined where the ledger has no such entry (another area
 * kind, a year no release asked for as its latest, a dataset without a ledger).
 *
 * @param dataset - the dataset
 * @param area - the area asked about
 * @param year - the financial year asked about
 * @param measure - the measure asked about
 * @example
 * ```ts
 * const dataset = getBundledDataset();
 * const surrey = dataset.areas.find((a) => a.id === 'surrey');
 * if (surrey) whyNoFigure(dataset, surrey, '2022/23', 'child-sexual-offences');
 * ```
 */
export function whyNoFigure(dataset: Dataset, area: Area, year: string, measure: string): string | undefined {
	if (area.kind !== 'force') return undefined;
	const years = askedYears(dataset);
	const asked = dataset.releases.filter((r) => years.get(r.id) === year && r.measures.includes(measure));
	const entries = ledgerFor(dataset, area.id).filter((e) => asked.some((r) => r.id === e.release));
	const unanswered = entries.find((e) => e.outcome === 'did-not-answer');
	if (unanswered?.outcome === 'did-not-answer') {
		const source = dataset.sources.find((s) => s.id === unanswered.source);
		if (source) return didNotAnswer(area.shortName, year, source);
	}
	const searched = entries.find((e) => e.outcome === 'not-found');
	const release = asked.find((r) => r.id === searched?.release);
	if (!release) return undefined;
	const reportsRead = reportsReadByRelease(dataset).get(release.id) ?? 0;
	return noFigureFound(area.shortName, year, release.name, reportsRead, releaseMeasureName(dataset, release, measure));
}
