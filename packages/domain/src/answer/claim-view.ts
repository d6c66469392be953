import type { DatasetIndex } from '../dataset/dataset-index.js';
import type { Claim } from '../schema/claim.js';
import type { Dataset } from '../schema/dataset.js';
import type { Source } from '../schema/source.js';
import { checkClaim } from '../stats/check-claim.js';
import { formatNumber } from '../text/format-value.js';
import { ANSWER_WORDING } from '../text/wording.js';
import { type FigureView, viewFigure } from './figure-view.js';

/** A source's own claim ("every eight minutes", "up 179 per cent") with Signpost's check of it. */
export interface ClaimView {
	readonly claim: Claim;
	/** The source making the claim. */
	readonly source: Source | undefined;
	/** The cited figures the claim is worked out from, in the claim's order. */
	readonly inputs: readonly FigureView[];
	/** Signpost's value, unrounded; `null` when it cannot be computed. */
	readonly computed: number | null;
	/** Whether the claim reproduces from its figures. */
	readonly reproduces: boolean;
	/**
	 * True for a change the source states between two years that are not adjacent (Leicestershire 2014/15 to
	 * 2019/20): shown as the source's own comparison.
	 */
	readonly overSpan: boolean;
	/**
	 * What Signpost finds, the same for every claim about the same figures: "Reproduces: 64,667 in 2016/17 is one every
	 * 8.1 minutes, computed by Signpost from the cited counts." (with any part-year note).
	 */
	readonly finding: string;
	/** Signpost's check as a sentence: the {@link ClaimView.finding}, then the claim's own note where it does not reproduce. */
	readonly check: string;
}

const oneDecimal = (n: number) => formatNumber(Math.round(n * 10) / 10);
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${oneDecimal(Math.abs(n))}%`;

function at(view: FigureView | undefined): string {
	return view ? `${view.valueText} in ${view.figure.period}` : 'a figure not held';
}

function working(claim: Claim, inputs: readonly (FigureView | undefined)[], computed: number | null): string {
	const [a, b, c, d] = inputs;
	if (computed === null) return 'cannot be worked out from the cited figures';
	switch (claim.kind) {
		case 'percent-change':
			return `${at(a)} to ${at(b)} is a change of ${signed(computed)}`;
		case 'per-day':
			return `${at(a)} is ${oneDecimal(computed)} a day`;
		case 'per-week':
			return `${at(a)} is ${oneDecimal(computed)} a week`;
		case 'every-n-minutes':
			return `${at(a)} is one every ${oneDecimal(computed)} minutes`;
		case 'ratio':
			return `the change from ${at(a)} to ${at(b)} is ${oneDecimal(computed)} times the change from ${at(c)} to ${at(d)}`;
		case 'percent-of':
			return `${at(a)} is ${oneDecimal(computed)}% of ${at(b)}`;
		case 'one-in-n':
			return `${at(a)} is one in ${oneDecimal(computed)} of ${at(b)}`;
	}
}

/**
 * A claim with Signpost's check: recomputed from its cited figures, with a sentence saying whether it reproduces.
 *
 * @example
 * ```ts
 * viewClaim(dataset, index, claim).check;
 * // "Reproduces: 64,667 in 2016/17 is one every 8.1 minutes, computed by Signpost from the cited counts."
 * ```
 */
export function viewClaim(dataset: Dataset, index: DatasetIndex, claim: Claim): ClaimView {
	const result = checkClaim(dataset, claim);
	const figures = claim.figures.map((id) => index.figures.get(id));
	const inputs = figures.map((f) => (f ? viewFigure(index, f) : undefined));
	const [from, to] = figures;
	const overSpan =
		claim.kind === 'percent-change' &&
		from !== undefined &&
		to !== undefined &&
		!from.period.includes('-') &&
		!to.period.includes('-') &&
		Number(to.period.slice(0, 4)) - Number(from.period.slice(0, 4)) > 1;
	const verdict = result.reproduces ? 'Reproduces' : 'Does not reproduce';
	const note = !result.reproduces && claim.note ? ` ${claim.note}` : '';
	const part = inputs
		.filter((v) => v?.partYear)
		.map((v) => ` The ${v?.figure.period} figure covers part of the year only (${v?.figure.coverage?.partYear}).`)
		.join('');
	const finding = `${verdict}: ${working(claim, inputs, result.computed)}, ${ANSWER_WORDING.computed}.${part}`;
	return {
		claim,
		source: index.sources.get(claim.source),
		inputs: inputs.filter((v): v is FigureView => v !== undefined),
		computed: result.computed,
		reproduces: result.reproduces,
		overSpan,
		finding,
		check: `${finding}${note}`,
	};
}
