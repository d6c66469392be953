import type { ComputedChange, NoChangeReason, NotComparedPair } from '../answer/answer.js';
import type { FigureView } from '../answer/figure-view.js';
import type { Claim } from '../schema/claim.js';
import { percentChange } from '../stats/rates.js';
import { ANSWER_WORDING } from '../text/wording.js';

const notComparedBecause = (reason: NoChangeReason) => `Not compared: ${ANSWER_WORDING.noChangeReasons[reason]}.`;

/** Why two consecutive years are shown side by side without a computed change. */
export const NOT_COMPARED_DIFFERENT_RELEASES = notComparedBecause('different-releases');

/** Why two consecutive years are not compared when one covers part of the year only. */
export const NOT_COMPARED_PART_YEAR = notComparedBecause('part-year');

/** Why two consecutive years are not compared when they cover different forces. */
export const NOT_COMPARED_DIFFERENT_FORCES = notComparedBecause('different-forces');

/** Whether two figures count the same forces (the same number giving data, the same forces left out). */
function sameForces(from: FigureView, to: FigureView): boolean {
	const key = (v: FigureView) =>
		JSON.stringify([v.figure.coverage?.forces ?? null, v.figure.coverage?.excluding ?? null]);
	return key(from) === key(to);
}

/** Whether two figures count victims of the same ages (neither, or both, limited to under-16s as their source says). */
function sameAges(from: FigureView, to: FigureView): boolean {
	return from.figure.coverage?.victimsUnder === to.figure.coverage?.victimsUnder;
}

/** Whether a figure could take part in a computed change if it covered the whole year. */
function eligibleShape(view: FigureView): boolean {
	const f = view.figure;
	return (
		f.breakdown === null &&
		f.unit === 'count' &&
		f.qualifier === 'exact' &&
		f.confidence !== 'low' &&
		view.conflicts.length === 0 &&
		view.measure.kind === 'recorded-offences'
	);
}

/**
 * Whether a figure can take part in a computed change: a headline count (no breakdown), stated exactly, not in
 * conflict with another source, not low-confidence, covering the whole year, and a police-recorded measure.
 */
function eligible(view: FigureView): boolean {
	return eligibleShape(view) && !view.partYear;
}

/**
 * Whether the sources make two figures comparable: one source (the same article, so the same release) carries
 * both, two sources that point at the same release (the `release` field) carry one each, or a source states the change between exactly these two figures (a percent-change claim naming them, from
 * then to, that reproduces: one that does not shows the source compared a different count). Figures of two years taken from different releases are not: forces revise their counts, and releases
 * differ in what they asked for (Lincolnshire told the NSPCC its 2015/16 answer counted reported, not recorded,
 * crimes).
 *
 * @param claims - claims that may name the pair (any list; only reproducing percent-change claims naming
 *   `[from, to]` count)
 * @example
 * ```ts
 * sourcesCompare(kent2015, kent2016); // true: kentonline gives both 1,571 and 2,202
 * sourcesCompare(kent2013, kent2014); // false: a 2015 article and a 2017 one, and no source compares them
 * sourcesCompare(psni2015Online, psni2019Online); // true: the News Letter and the Belfast Telegraph, one release
 * ```
 */
export function sourcesCompare(from: FigureView, to: FigureView, claims: readonly Claim[] = []): boolean {
	const fromSources = new Set(from.sources.map((s) => s.source.id));
	if (to.sources.some((s) => fromSources.has(s.source.id))) return true;
	// two articles reporting the same release give the same set of force returns
	const fromReleases = new Set(from.sources.flatMap((s) => (s.source.release ? [s.source.release] : [])));
	if (to.sources.some((s) => s.source.release !== undefined && fromReleases.has(s.source.release))) return true;
	return claims.some(
		(c) =>
			c.kind === 'percent-change' &&
			c.reproduces !== false &&
			c.figures.length === 2 &&
			c.figures[0] === from.figure.id &&
			c.figures[1] === to.figure.id,
	);
}

/**
 * The change between two figures of consecutive years, or `null` when the sources do not make them comparable:
 * either figure is not a single exact headline count, or no source carries (or compares) both years.
 *
 * @param claims - claims that may state the change between the two figures (see {@link sourcesCompare})
 * @example
 * ```ts
 * computeChange(staffordshire2015, staffordshire2016)?.percent; // 24.79... (both from the Burton Mail)
 * ```
 */
export function computeChange(from: FigureView, to: FigureView, claims: readonly Claim[] = []): ComputedChange | null {
	if (!eligible(from) || !eligible(to) || from.figure.measure !== to.figure.measure) return null;
	if (!sameForces(from, to) || !sameAges(from, to) || !sourcesCompare(from, to, claims)) return null;
	const percent = percentChange(from.figure.value, to.figure.value);
	return percent === null ? null : { from, to, percent, computed: true };
}

/**
 * Two consecutive years that would take a computed change but come from different releases, count different forces,
 * or include a part-year figure: shown side by side, with the reason no change is computed. `null` when a change is computed, or when neither figure could take one.
 *
 * @example
 * ```ts
 * notCompared(kent2013, kent2014)?.reason; // "Not compared: the two years come from different releases, ..."
 * ```
 */
export function notCompared(from: FigureView, to: FigureView, claims: readonly Claim[] = []): NotComparedPair | null {
	if (!eligibleShape(from) || !eligibleShape(to) || from.figure.measure !== to.figure.measure) return null;
	if (from.partYear || to.partYear) return { from, to, reason: NOT_COMPARED_PART_YEAR };
	if (!sameForces(from, to)) return { from, to, reason: NOT_COMPARED_DIFFERENT_FORCES };
	if (!sameAges(from, to)) return { from, to, reason: ANSWER_WORDING.notComparedDifferentAges };
	if (sourcesCompare(from, to, claims)) return null;
	return { from, to, reason: NOT_COMPARED_DIFFERENT_RELEASES };
}

/** The first thing that keeps one figure out of a computed change, or `null` when nothing does on its own. */
function figureReason(view: FigureView): NoChangeReason | null {
	const f = view.figure;
	if (view.conflicts.length > 0) return 'disputed';
	if (f.breakdown !== null || view.measure.kind !== 'recorded-offences') return 'not-a-total';
	if (f.unit !== 'count' || f.qualifier !== 'exact') return 'not-exact';
	if (f.confidence === 'low') return 'low-confidence';
	if (view.partYear) return 'part-year';
	return null;
}

/**
 * Why no change is computed from one figure to the next year's, or `null` when one is: the same tests as
 * {@link computeChange}, named (a figure the sources disagree about, one that is not an exact count, a part year,
 * other forces, another release).
 *
 * @param claims - claims that may state the change between the two figures (see {@link sourcesCompare})
 * @example
 * ```ts
 * whyNoChange(kent2013, kent2014); // "different-releases"
 * whyNoChange(kent2015, kent2016); // null (KentOnline gives both)
 * ```
 */
export function whyNoChange(from: FigureView, to: FigureView, claims: readonly Claim[] = []): NoChangeReason | null {
	const reason = figureReason(from) ?? figureReason(to);
	if (reason) return reason;
	if (from.figure.measure !== to.figure.measure) return 'not-a-total';
	if (!sameForces(from, to)) return 'different-forces';
	if (!sourcesCompare(from, to, claims)) return 'different-releases';
	return percentChange(from.figure.value, to.figure.value) === null ? 'zero-before' : null;
}

/**
 * Sets two figures side by side into an answer's lists: the change, computed where the sources make them comparable,
 * or else the pair with the reason they are not (and neither when the two say nothing to compare).
 */
export function addComparison(
	lists: { readonly changes: ComputedChange[]; readonly apart: NotComparedPair[] },
	from: FigureView,
	to: FigureView,
	claims: readonly Claim[] = [],
): void {
	const change = computeChange(from, to, claims);
	if (change) lists.changes.push(change);
	else {
		const pair = notCompared(from, to, claims);
		if (pair) lists.apart.push(pair);
	}
}
