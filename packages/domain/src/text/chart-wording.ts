/**
 * The sentences under a trend chart that say how to read it: which points a line joins, what an empty year and a
 * red mark mean. The chart's note is built from them.
 *
 * @example
 * ```ts
 * CHART_WORDING.joined; // "A line joins two years only when ..."
 * ```
 */
export const CHART_WORDING = {
	joined: 'A line joins two years only when they are consecutive and one source reports both.',
	gaps: 'Years with no published figure are left empty.',
	disputed: 'Where the sources disagree, every value they give is marked in red, joined by a dashed range.',
	apart: 'Points not joined come from different releases.',
} as const;
