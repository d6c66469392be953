import { joinAnd } from './wording.js';

/**
 * The messages a query's "not found" answer carries beside its reason ({@link ANSWER_WORDING}'s `notFound`): which
 * places or areas a name could mean, and what a comparison was missing. In English; a Welsh reply says its reason
 * from the Welsh table and lists the same choices.
 *
 * @example
 * ```ts
 * QUERY_MESSAGES.policedByMany('Birmingham', ['West Midlands Police', 'Staffordshire Police']);
 * // "Birmingham is policed by more than one force: West Midlands Police and Staffordshire Police. Choose one."
 * ```
 */
export const QUERY_MESSAGES = {
	/** A name shared by places in different areas: "More than one place is called Newport: Newport (Wales) and …". */
	sharedName: (name: string, places: readonly string[]) =>
		`More than one place is called ${name}: ${joinAnd(places)}. Choose one.`,
	/** A place that more than one force polices. */
	policedByMany: (name: string, forces: readonly string[]) =>
		`${name} is policed by more than one force: ${joinAnd(forces)}. Choose one.`,
	/** A name that covers more than one area (a force and the region it is in). */
	coversMany: (name: string, areas: readonly string[]) =>
		`${name} covers more than one area Signpost holds: ${joinAnd(areas)}. Choose one.`,
	/** A misspelling near more than one area's names. */
	closeToMany: 'That name is close to more than one area. Choose one.',
	/** A comparison's name that matches no area: "Area 2 of the 3 named matches no area." */
	compareNoMatch: (position: number, of: number) =>
		`${of === 1 ? 'The area named' : `Area ${position} of the ${of} named`} matches no area.`,
	/** A comparison with no area named. */
	compareNoArea: 'Name at least one area.',
	/** The note of a disagreement the dataset did not document, found when it was indexed. */
	foundConflict: 'Sources give different values for the same area, year and measure.',
} as const;
