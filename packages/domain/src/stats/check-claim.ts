import { periodOf } from '../period/period-of.js';
import type { Claim } from '../schema/claim.js';
import type { Dataset } from '../schema/dataset.js';
import type { Figure } from '../schema/figure.js';
import type { Qualifier } from '../schema/qualifier.js';
import { everyNMinutes, oneInN, percentChange, percentOf, perDay, perWeek } from './rates.js';

/** The outcome of recomputing a claim from its figures. */
export interface ClaimCheck {
	readonly claim: Claim;
	/** The value computed from the cited figures, unrounded; `null` when it cannot be computed. */
	readonly computed: number | null;
	/** Whether the computed value matches the stated one within the source's rounding and qualifier. */
	readonly reproduces: boolean;
}

/** Decimal places the source used for a stated number: 15 → 0, 8.5 → 1. */
function decimals(value: number): number {
	const text = String(value);
	const dot = text.indexOf('.');
	return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Whether `computed` agrees with `stated` given the qualifier. Exact statements allow the source's rounding; "almost"
 * and "nearly" allow up to 10% below; "over", "more than" and "at least" need the computed value at or above; "about"
 * allows 10% either way.
 *
 * @example
 * ```ts
 * agreesWith(15.06, 15, 'exact'); // true
 * agreesWith(200.9, 200, 'over'); // true
 * ```
 */
export function agreesWith(computed: number, stated: number, qualifier: Qualifier): boolean {
	const half = 0.5 * 10 ** -decimals(stated);
	switch (qualifier) {
		case 'exact':
			return Math.abs(computed - stated) <= half + 1e-9 || Math.abs(Math.trunc(computed) - stated) < 1e-9;
		case 'over':
		case 'more-than':
		case 'at-least':
			return computed >= stated;
		case 'almost':
		case 'nearly':
			return computed <= stated + half && computed >= stated * 0.9;
		case 'about':
			return Math.abs(computed - stated) <= Math.max(half, Math.abs(stated) * 0.1);
	}
}

/** Both figures are counts: a share or a "one in N" is only read from counts. */
function bothCounts(a: Figure | undefined, b: Figure | undefined): [Figure, Figure] | null {
	return a && b && a.unit === 'count' && b.unit === 'count' ? [a, b] : null;
}

/** One percentage change divided by another (a "rose N times faster" claim); null when either is undefined or the second is zero. */
function ratioOfChanges(figures: readonly Figure[]): number | null {
	const [a, b, c, d] = figures;
	if (!a || !b || !c || !d) return null;
	const first = percentChange(a.value, b.value);
	const second = percentChange(c.value, d.value);
	return first === null || second === null || second === 0 ? null : first / second;
}

/** A rate over the period of one figure (per day, per week, every N minutes). */
function rateOf(kind: 'per-day' | 'per-week' | 'every-n-minutes', a: Figure | undefined): number | null {
	if (!a) return null;
	switch (kind) {
		case 'per-day':
			return perDay(a.value, periodOf(a));
		case 'per-week':
			return perWeek(a.value, periodOf(a));
		case 'every-n-minutes':
			return everyNMinutes(a.value, periodOf(a));
	}
}

function compute(claim: Claim, figures: readonly Figure[]): number | null {
	const [a, b] = figures;
	switch (claim.kind) {
		case 'percent-change':
			return a && b ? percentChange(a.value, b.value) : null;
		case 'per-day':
		case 'per-week':
		case 'every-n-minutes':
			return rateOf(claim.kind, a);
		case 'ratio':
			return ratioOfChanges(figures);
		case 'percent-of': {
			const counts = bothCounts(a, b);
			return counts ? percentOf(counts[0].value, counts[1].value) : null;
		}
		case 'one-in-n': {
			const counts = bothCounts(a, b);
			return counts ? oneInN(counts[0].value, counts[1].value) : null;
		}
	}
}

/**
 * Recomputes a claim from the figures it cites and says whether it reproduces.
 *
 * @example
 * ```ts
 * const check = checkClaim(dataset, claim);
 * check.reproduces; // true for "up 25 per cent from 1,347" to 1,681
 * ```
 */
export function checkClaim(dataset: Dataset, claim: Claim): ClaimCheck {
	const inputs = claim.figures.map((id) => dataset.figures.find((f) => f.id === id));
	if (inputs.some((f) => f === undefined)) return { claim, computed: null, reproduces: false };
	const computed = compute(claim, inputs as Figure[]);
	return { claim, computed, reproduces: computed !== null && agreesWith(computed, claim.stated, claim.qualifier) };
}
