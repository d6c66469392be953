import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { YearId } from '../schema/period-id.js';
import { askedYears, ledgerFor } from './release-ledger.js';
import { yearsHeld } from './years-held.js';

/**
 * The years after `year` that a later release asked a force about for `measure` and for which Signpost holds no
 * figure of it: the release's stored reports were read and none gives one, or the force gave the NSPCC none (the
 * ledger says which; `whyNoFigure` says it for one year). Oldest first; empty for an area that is not a force, or a
 * dataset without a ledger. So an answer led by an old year can say that later years were looked for, not skipped.
 *
 * @example
 * ```ts
 * const dataset = getBundledDataset();
 * const gmp = dataset.areas.find((a) => a.id === 'greater-manchester');
 * if (gmp) laterYearsWithout(dataset, gmp, '2015/16', 'child-sexual-offences'); // ["2016/17", "2018/19", ...]
 * ```
 */
export function laterYearsWithout(dataset: Dataset, area: Area, year: YearId, measure: string): YearId[] {
	if (area.kind !== 'force') return [];
	const years = askedYears(dataset);
	const asking = new Set(dataset.releases.filter((r) => r.measures.includes(measure)).map((r) => r.id));
	const held = new Set(yearsHeld(dataset, { area: area.id, measure }));
	const later = new Set<YearId>();
	for (const entry of ledgerFor(dataset, area.id)) {
		if (!asking.has(entry.release)) continue;
		if (entry.outcome !== 'not-found' && entry.outcome !== 'did-not-answer') continue;
		const asked = years.get(entry.release);
		if (asked && asked > year && !held.has(asked)) later.add(asked);
	}
	return [...later].sort();
}
