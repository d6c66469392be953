import { indexDataset } from '../dataset/dataset-index.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { Figure } from '../schema/figure.js';
import type { Release } from '../schema/release.js';
import { derivedTotalLabel } from '../text/coverage-wording.js';

/**
 * A force's total that Signpost computed: a group's total less every other member's figure, all from one release.
 * Never a reported figure; answers show it with its label ("computed by Signpost from ...").
 */
export interface DerivedTotal {
	/** The force the computed total is for. */
	readonly area: Area;
	readonly period: string;
	readonly measure: string;
	/** The computed count. */
	readonly value: number;
	/** The release the group total and every other member's figure come from. */
	readonly release: Release;
	/** The cited group total. */
	readonly total: Figure;
	/** The cited figures of the group's other members. */
	readonly others: readonly Figure[];
	/** "computed by Signpost from the cited counts: ..." */
	readonly label: string;
}

/** A member's total that follows from a group's figures but is not computed, and why. */
export interface RefusedTotal {
	readonly area: Area;
	readonly period: string;
	readonly measure: string;
	readonly release: Release;
	readonly total: Figure;
	/** Why no total is computed: the release's figures disagree. */
	readonly reason: 'members-exceed-total' | 'sources-disagree';
}

/** Derived totals and the refusals, from {@link deriveMemberTotals}. */
export interface DerivedTotals {
	readonly derived: readonly DerivedTotal[];
	readonly refused: readonly RefusedTotal[];
}

/** A whole-measure count as published (no breakdown, exact, a single year, every force's). */
function isPlainCount(figure: Figure): boolean {
	return (
		figure.breakdown === null &&
		figure.unit === 'count' &&
		figure.qualifier === 'exact' &&
		!figure.period.includes('-') &&
		figure.coverage === undefined
	);
}

/** A group's member forces: the group's `members`, or a nation's forces (Wales's four). */
function membersOf(group: Area, dataset: Dataset): readonly string[] {
	if (group.members) return group.members;
	if (group.kind === 'nation')
		return dataset.areas.filter((a) => a.kind === 'force' && a.nation === group.nation).map((a) => a.id);
	return [];
}

interface Candidate {
	readonly total: Figure;
	readonly release: Release;
	readonly missing: Area;
	readonly others: readonly Figure[];
	/** Every figure of the key from the release (the total's and the members'), to check they agree. */
	readonly used: readonly Figure[];
}

/** Lookups shared while finding candidates. */
interface Lookups {
	readonly dataset: Dataset;
	readonly index: ReturnType<typeof indexDataset>;
	readonly releases: ReadonlyMap<string, Release>;
}

/** The releases a figure's sources report. */
function releasesOf(figure: Figure, lookups: Lookups): Set<string> {
	const ids = figure.sources.map((s) => lookups.index.sources.get(s.source)?.release);
	return new Set(ids.filter((r) => r !== undefined));
}

/** A group (a named group, or a nation other than England) whose members a total can be split between. */
function groupMembers(total: Figure, lookups: Lookups): readonly string[] {
	const group = lookups.index.areas.get(total.area);
	// regions are left out: a page's "East of England" can include Northamptonshire
	if (!group || (group.kind !== 'group' && !(group.kind === 'nation' && group.nation !== 'england'))) return [];
	return membersOf(group, lookups.dataset);
}

/** The candidate for one group total and one of its releases, if exactly one member lacks a figure from it. */
function candidateFor(total: Figure, releaseId: string, members: readonly string[], lookups: Lookups) {
	const { index } = lookups;
	const release = lookups.releases.get(releaseId);
	const fromRelease = (area: string) =>
		(index.figuresByArea.get(area) ?? []).filter(
			(f) =>
				isPlainCount(f) &&
				f.period === total.period &&
				f.measure === total.measure &&
				releasesOf(f, lookups).has(releaseId),
		);
	const byMember = members.map((id) => ({ id, figures: fromRelease(id) }));
	const missing = byMember.filter((m) => m.figures.length === 0);
	const area = missing.length === 1 ? index.areas.get(missing[0]?.id ?? '') : undefined;
	if (!release || !area) return undefined;
	// a force Signpost already holds a reported figure for needs no computed one
	const reported = (index.figuresByArea.get(area.id) ?? []).some(
		(f) => f.breakdown === null && f.period === total.period && f.measure === total.measure,
	);
	if (reported) return undefined;
	const others = byMember.flatMap((m) => m.figures.slice(0, 1));
	const used = [...fromRelease(total.area), ...byMember.flatMap((m) => m.figures)];
	return { total, release, missing: area, others, used };
}

/** The group totals with exactly one member lacking a figure from the same release, one per total and release. */
function candidates(dataset: Dataset): Candidate[] {
	const lookups: Lookups = {
		dataset,
		index: indexDataset(dataset),
		releases: new Map(dataset.releases.map((r) => [r.id, r])),
	};
	return dataset.figures.filter(isPlainCount).flatMap((total) => {
		const members = groupMembers(total, lookups);
		if (members.length < 2) return [];
		return [...releasesOf(total, lookups)].flatMap((releaseId) => {
			const candidate = candidateFor(total, releaseId, members, lookups);
			return candidate ? [candidate] : [];
		});
	});
}

/** Why a candidate is refused, if it is: two values in the release, a documented conflict, or a negative remainder. */
function refusal(candidate: Candidate, dataset: Dataset): RefusedTotal['reason'] | undefined {
	const index = indexDataset(dataset);
	const valuesByArea = new Map<string, Set<number>>();
	for (const figure of candidate.used) {
		const values = valuesByArea.get(figure.area) ?? new Set<number>();
		values.add(figure.value);
		valuesByArea.set(figure.area, values);
	}
	const twoValues = [...valuesByArea.values()].some((values) => values.size > 1);
	const inConflict = candidate.used.some((f) => (index.conflictsByFigure.get(f.id) ?? []).length > 0);
	if (twoValues || inConflict) return 'sources-disagree';
	const rest = candidate.others.reduce((sum, f) => sum + f.value, 0);
	return candidate.total.value - rest > 0 ? undefined : 'members-exceed-total';
}

/**
 * The totals that follow from cited totals: where a group's members are defined (a named group, or Wales's four
 * forces) and a release gives the group's total and every member's figure but one, the missing member's total is the
 * group total less the others, labelled "computed by Signpost from ..." and never shown as reported. It is refused
 * where the release's figures disagree with each other (two values for one force, a documented or found conflict) or
 * the other members already add up to the total or more. Regions are left out: pages do not agree on which forces a
 * region's total covers.
 *
 * @param dataset - the dataset
 * @returns the computed totals and the refusals, in dataset order
 * @example
 * ```ts
 * const { derived } = deriveMemberTotals(getBundledDataset());
 * derived.map((d) => `${d.area.shortName} ${d.period}: ${d.value} (${d.label})`);
 * ```
 */
export function deriveMemberTotals(dataset: Dataset): DerivedTotals {
	const derived: DerivedTotal[] = [];
	const refused: RefusedTotal[] = [];
	for (const candidate of candidates(dataset)) {
		const { total, release, missing, others } = candidate;
		const base = { area: missing, period: total.period, measure: total.measure, release, total };
		const reason = refusal(candidate, dataset);
		if (reason) {
			refused.push({ ...base, reason });
			continue;
		}
		const value = total.value - others.reduce((sum, f) => sum + f.value, 0);
		const name = (id: string) => indexDataset(dataset).areas.get(id)?.shortName ?? id;
		const label = derivedTotalLabel(
			{ name: name(total.area), value: total.value },
			others.map((f) => ({ name: name(f.area), value: f.value })),
		);
		derived.push({ ...base, value, others, label });
	}
	return { derived, refused };
}
