import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { YearId } from '../schema/period-id.js';
import type { DerivedTotal } from '../stats/derived-totals.js';
import { ledgerFor } from './release-ledger.js';

/** The measure whose figures are a force's total of offences recorded. */
const TOTAL_MEASURE = 'child-sexual-offences';

/** A force's latest total and how its releases went, for the coverage summary. */
export interface ForceLatestTotal {
	readonly area: Area;
	/** The latest year with a reported total (offences recorded, no breakdown), if any. */
	readonly reported?: YearId;
	/** The latest year with a total Signpost computed from a group's figures, if later than or without a reported one. */
	readonly derived?: YearId;
	/** Releases the ledger holds figures of the force from. */
	readonly releasesWithFigures: number;
	/** Releases a stored page says the force gave the NSPCC no figures for. */
	readonly releasesNotAnswered: number;
}

/**
 * Per force, the latest year with a reported total and with a computed one, and how many releases the ledger holds
 * its figures from or says it did not answer.
 *
 * @param dataset - the dataset
 * @param derived - the computed totals (from `deriveMemberTotals`)
 * @example
 * ```ts
 * latestTotals(dataset, deriveMemberTotals(dataset).derived).filter((f) => (f.reported ?? '') >= '2021/22').length;
 * ```
 */
export function latestTotals(dataset: Dataset, derived: readonly DerivedTotal[]): ForceLatestTotal[] {
	return dataset.areas
		.filter((a) => a.kind === 'force')
		.map((area) => {
			const reported = dataset.figures
				.filter(
					(f) =>
						f.area === area.id &&
						f.measure === TOTAL_MEASURE &&
						f.breakdown === null &&
						f.unit === 'count' &&
						!f.period.includes('-'),
				)
				.map((f) => f.period)
				.sort()
				.at(-1);
			const computed = derived
				.filter((d) => d.area.id === area.id && d.measure === TOTAL_MEASURE)
				.map((d) => d.period)
				.sort()
				.at(-1);
			const entries = ledgerFor(dataset, area.id);
			return {
				area,
				...(reported ? { reported } : {}),
				...(computed && (!reported || computed > reported) ? { derived: computed } : {}),
				releasesWithFigures: entries.filter((e) => e.outcome === 'figures-entered').length,
				releasesNotAnswered: entries.filter((e) => e.outcome === 'did-not-answer').length,
			};
		});
}
