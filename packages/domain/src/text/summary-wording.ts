/**
 * The sentences of an area's summary ({@link latestSummary}): its latest total of offences recorded and its year, how
 * old that total is beside the newest total held anywhere, and the latest figure of each other measure in a few words.
 * The docs' area and national pages open with them.
 *
 * @example
 * ```ts
 * SUMMARY_WORDING.latestTotal('Derbyshire Constabulary', '1,183', '2018/19');
 * // "The latest total the sources give for Derbyshire Constabulary is 1,183 offences recorded, for 2018/19."
 * ```
 */
export const SUMMARY_WORDING = {
	/** An area the sources give no total for. */
	noTotal: (area: string) => `The sources give no total of offences recorded for ${area}.`,
	/** The latest total, one value. */
	latestTotal: (area: string, values: string, year: string) =>
		`The latest total the sources give for ${area} is ${values} offences recorded, for ${year}.`,
	/** The latest total, where the sources disagree: every value, joined by "or". */
	latestTotalDisputed: (area: string, year: string, values: string) =>
		`The latest total the sources give for ${area} is for ${year}, and they disagree about it: ${values} offences recorded.`,
	/** A total several years older than the newest total held for any area. */
	staleTotal: (area: string, year: string, newest: string) =>
		`The most recent total the sources give for ${area} is for ${year}; the newest total Signpost holds for any area is for ${newest}.`,
	/** The latest figure of a measure in a few words: "Sexual Communication with a Child: 285, for 2022/23". */
	latestFigure: (measure: string, values: string, year: string, disputed: boolean) =>
		`${measure}: ${values}, for ${year}${disputed ? ' (the sources disagree)' : ''}`,
	/** Values of one year that the sources disagree about: "1,200 or 1,350". */
	values: (values: readonly string[]) => values.join(' or '),
} as const;
