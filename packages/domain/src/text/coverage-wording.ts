import type { LedgerOutcome } from '../schema/ledger-entry.js';
import type { Source } from '../schema/source.js';
import { formatNumber } from './format-value.js';

/**
 * The short label of each ledger outcome, as the coverage grid shows it (one word or two per cell).
 *
 * @example
 * ```ts
 * LEDGER_OUTCOME_LABELS['did-not-answer']; // "did not answer"
 * ```
 */
export const LEDGER_OUTCOME_LABELS: Readonly<Record<LedgerOutcome, string>> = {
	'figures-entered': 'held',
	'not-found': 'searched and not found',
	'did-not-answer': 'did not answer',
	'not-in-scope': 'not asked',
};

/** A named count in a computed total's label. */
export interface NamedCount {
	readonly name: string;
	readonly value: number;
}

function list(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The label of a total Signpost computed from a group total and the other members' figures, naming every count used.
 *
 * @param total - the group's cited total
 * @param others - the other members' cited figures
 * @example
 * ```ts
 * derivedTotalLabel({ name: 'Dorset, Hampshire and IoW', value: 4282 }, [{ name: 'Dorset', value: 914 }]);
 * // "computed by Signpost from the cited counts: Dorset, Hampshire and IoW 4,282 less Dorset 914"
 * ```
 */
export function derivedTotalLabel(total: NamedCount, others: readonly NamedCount[]): string {
	const parts = others.map((o) => `${o.name} ${formatNumber(o.value)}`);
	return `computed by Signpost from the cited counts: ${total.name} ${formatNumber(total.value)} less ${list(parts)}`;
}

/**
 * Said for a force and year Signpost holds no figure for, after searching the stored reports of the release. Names
 * the measure when it is not the total of offences recorded, so "no figure" is never read as "no figure at all".
 *
 * @param force - the force's short name
 * @param year - the financial year asked about
 * @param release - the release's name
 * @param reportsRead - how many stored reports of the release were read
 * @param measure - the measure's short name, for a measure other than offences recorded
 * @example
 * ```ts
 * noFigureFound('Surrey', '2022/23', 'NSPCC FOI release, January 2024', 14);
 * // "Signpost holds no figure for Surrey for 2022/23; 14 stored reports of the release (NSPCC FOI release, January 2024) were read."
 * noFigureFound('Durham', '2022/23', 'NSPCC release, August 2023', 9, 'Sexual Communication with a Child');
 * // "Signpost holds no Sexual Communication with a Child figure for Durham for 2022/23; 9 stored reports ..."
 * ```
 */
export function noFigureFound(
	force: string,
	year: string,
	release: string,
	reportsRead: number,
	measure?: string,
): string {
	const reports = reportsRead === 1 ? '1 stored report' : `${reportsRead} stored reports`;
	const were = reportsRead === 1 ? 'was' : 'were';
	const figure = measure ? `${measure} figure` : 'figure';
	return `Signpost holds no ${figure} for ${force} for ${year}; ${reports} of the release (${release}) ${were} read.`;
}

/**
 * Said for a force a stored page says gave the NSPCC no figures, with the page's publisher and date.
 *
 * @param force - the force's short name
 * @param year - the financial year the release asked for
 * @param source - the page that says so
 * @example
 * ```ts
 * didNotAnswer('Cheshire', '2018/19', { publisher: 'The Lincolnite', published: '2019-10-24', title: 't' });
 * // "Cheshire gave the NSPCC no figures for 2018/19 (The Lincolnite, 2019-10-24)."
 * ```
 */
export function didNotAnswer(
	force: string,
	year: string,
	source: Pick<Source, 'publisher' | 'published' | 'title'>,
): string {
	const date = source.published === 'not-shown' ? 'date not shown' : source.published;
	return `${force} gave the NSPCC no figures for ${year} (${source.publisher ?? source.title}, ${date}).`;
}

/**
 * Said for a force a release does not cover, with the reason the ledger gives.
 *
 * @example
 * ```ts
 * notInScope('Kent', 'The release covers Scotland only.'); // "Kent: not asked. The release covers Scotland only."
 * ```
 */
export function notInScope(force: string, reason: string): string {
	return `${force}: not asked. ${reason}`;
}

/**
 * What an empty cell of the coverage table means, said above the table.
 *
 * @example
 * ```ts
 * COVERAGE_DASH.startsWith('A dash means'); // true
 * ```
 */
export const COVERAGE_DASH =
	'A dash means Signpost holds no published figure for that force and year: it is a gap in what has been found and cited, not a year with no offences.';
