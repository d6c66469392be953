import type { Nation } from '../schema/area.js';
import type { Measure } from '../schema/measure.js';
import type { YearId } from '../schema/period-id.js';
import type { FigureView } from './figure-view.js';

/** One measure's figures for one year, in reading order, with the measure's caveats said beside them. */
export interface MeasureGroup {
	readonly measure: Measure;
	readonly year: YearId;
	/** The total first, then age bands (youngest last), sex, then platforms. */
	readonly figures: readonly FigureView[];
	/**
	 * The measure's caveats that apply to these figures' nations and were not already said earlier in the same
	 * answer.
	 */
	readonly caveats: readonly string[];
}

/**
 * A measure's caveats that apply to figures for areas in `nations`: its general caveats and those of its nation
 * caveats whose nations overlap.
 *
 * @example
 * ```ts
 * measureCaveats(offencesRecorded, ['england']); // no Scotland caveat
 * ```
 */
export function measureCaveats(measure: Measure, nations: readonly Nation[]): string[] {
	return [
		...measure.caveats,
		...measure.nationCaveats.filter((c) => c.nations.some((n) => nations.includes(n))).map((c) => c.text),
	];
}

/**
 * Splits figures (already in reading order) into one group per measure and year. Cumulative age bands are labelled
 * where more than one is shown, and each caveat is given once: with the first group it applies to, then remembered in
 * `said`.
 *
 * @example
 * ```ts
 * groupByMeasure(views, ['england'], new Set())[0]?.measure.id; // "child-sexual-offences"
 * ```
 */
export function groupByMeasure(
	views: readonly FigureView[],
	nations: readonly Nation[],
	said: Set<string>,
): MeasureGroup[] {
	const groups: { measure: Measure; year: YearId; figures: FigureView[] }[] = [];
	for (const view of views) {
		const last = groups.at(-1);
		if (last && last.measure.id === view.measure.id && last.year === view.figure.period) last.figures.push(view);
		else groups.push({ measure: view.measure, year: view.figure.period, figures: [view] });
	}
	return groups.map((g) => {
		const caveats = measureCaveats(g.measure, nations).filter((c) => !said.has(c));
		for (const c of caveats) said.add(c);
		return { ...g, figures: labelCumulative(g.figures), caveats };
	});
}

/**
 * Adds the caveats a measure's data says wherever it is shown beside another (`besideCaveats`: a force's grooming
 * count above its online-element count, because the two are counted differently) to the later of the two groups in
 * reading order, once per answer (remembered in `said`). Groups whose measures meet no other are returned as they are.
 *
 * @example
 * ```ts
 * withBesideCaveats(groups, new Set()).flatMap((g) => g.caveats);
 * ```
 */
export function withBesideCaveats(groups: readonly MeasureGroup[], said: Set<string>): MeasureGroup[] {
	const seen: Measure[] = [];
	return groups.map((group) => {
		const caveats = seen.flatMap((earlier) => [
			...group.measure.besideCaveats.filter((c) => c.measure === earlier.id).map((c) => c.text),
			...earlier.besideCaveats.filter((c) => c.measure === group.measure.id).map((c) => c.text),
		]);
		if (!seen.some((m) => m.id === group.measure.id)) seen.push(group.measure);
		const unsaid = [...new Set(caveats)].filter((c) => !said.has(c));
		for (const c of unsaid) said.add(c);
		return unsaid.length ? { ...group, caveats: [...group.caveats, ...unsaid] } : group;
	});
}

/** Marks "X and under" bands as cumulative when a younger band of the same kind is shown after them. */
function labelCumulative(views: readonly FigureView[]): FigureView[] {
	const cumulative = views.filter((v) => v.ageBand && v.ageBand.from === undefined && v.ageBand.upTo !== undefined);
	if (cumulative.length < 2) return [...views];
	const youngest = Math.min(...cumulative.map((v) => v.ageBand?.upTo ?? 0));
	return views.map((v) =>
		cumulative.includes(v) && v.ageBand?.upTo !== youngest
			? { ...v, label: `${v.label} (includes the younger band${cumulative.length > 2 ? 's' : ''} below)` }
			: v,
	);
}
