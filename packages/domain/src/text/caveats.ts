/** Standing caveats: said with every set of figures. Neutral wording, checked by tests. */
export const CAVEATS = {
	notVictims:
		'Recorded offences are not a count of children abused: one child can be the victim of several offences, and one offence can involve several children.',
	recordingAndReporting:
		'A rise in recorded offences can reflect better recording by police and more victims coming forward, not only more offending.',
	undercount:
		'Many children never tell the police, so recorded figures show only part of the picture; the total number of offences against children is unknown.',
	forcesDiffer:
		'The forces that answered the NSPCC’s requests differ from year to year, so national totals are not always like for like.',
	ageBands:
		'Age bands differ between releases and are cumulative ("ten and under" includes "four and under"): they cannot be added up or compared across releases.',
	lowConfidence:
		'Marked figures were rebuilt from a flattened table on the source page and are less certain than the rest.',
	computed:
		'Changes and rates marked "computed" are worked out by Signpost from the cited counts; they are not stated by the sources.',
} as const;

/** A standing caveat's key. */
export type CaveatKey = keyof typeof CAVEATS;

/**
 * The two standing caveats every surface must say, in one sentence, for places with room for one line only: a
 * package's description, a page footer, a command's usage text.
 *
 * @example
 * ```ts
 * CAVEAT_SUMMARY.startsWith('Recorded offences are not a count'); // true
 * ```
 */
export const CAVEAT_SUMMARY =
	'Recorded offences are not a count of children abused: rises can reflect better recording and more victims coming forward.';
