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

function compute(claim: Claim, figures: readonly Figure[]): number | null {
	const [a, b, c, d] = figures;
	switch (claim.kind) {
		case 'percent-change':
			return a && b ? percentChange(a.value, b.value) : null;
		case 'per-day':
			return a ? perDay(a.value, periodOf(a)) : null;
		case 'per-week':
			return a ? perWeek(a.value, periodOf(a)) : null;
		case 'every-n-minutes':
			return a ? everyNMinutes(a.value, periodOf(a)) : null;
		case 'ratio': {
			if (!a || !b || !c || !d) return null;
			const first = percentChange(a.value, b.value);
			const second = percentChange(c.value, d.value);
			return first === null || second === null || second === 0 ? null : first / second;
		}
		case 'percent-of':
			return a && b && a.unit === 'count' && b.unit === 'count' ? percentOf(a.value, b.value) : null;
		case 'one-in-n':
			return a && b && a.unit === 'count' && b.unit === 'count' ? oneInN(a.value, b.value) : null;
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
