// The messages a query's "not found" answer carries beside its reason (`ANSWER_WORDING.notFound`): which places or
// areas a name could mean, and what a comparison was missing. In English; a Welsh reply says its reason from the Welsh
// table and lists the same choices. One export each, so an app bundles only the ones its queries say.
import { joinAnd } from './wording.js';

/**
 * A name shared by places in different areas.
 *
 * @example
 * ```ts
 * sharedPlaceName('Newport', ['Newport (Wales)', 'Newport (Isle of Wight)']);
 * // "More than one place is called Newport: Newport (Wales) and Newport (Isle of Wight). Choose one."
 * ```
 */
export function sharedPlaceName(name: string, places: readonly string[]): string {
	return `More than one place is called ${name}: ${joinAnd(places)}. Choose one.`;
}

/**
 * A place that more than one force polices.
 *
 * @example
 * ```ts
 * policedByMany('Birmingham', ['West Midlands Police', 'Staffordshire Police']);
 * // "Birmingham is policed by more than one force: West Midlands Police and Staffordshire Police. Choose one."
 * ```
 */
export function policedByMany(name: string, forces: readonly string[]): string {
	return `${name} is policed by more than one force: ${joinAnd(forces)}. Choose one.`;
}

/**
 * A name that covers more than one area Signpost holds (a force and the region it is in).
 *
 * @example
 * ```ts
 * coversMany('Yorkshire', ['North Yorkshire Police', 'Yorkshire and the Humber']);
 * ```
 */
export function coversMany(name: string, areas: readonly string[]): string {
	return `${name} covers more than one area Signpost holds: ${joinAnd(areas)}. Choose one.`;
}

/**
 * A misspelling near more than one area's names.
 *
 * @example
 * ```ts
 * CLOSE_TO_MANY; // "That name is close to more than one area. Choose one."
 * ```
 */
export const CLOSE_TO_MANY = 'That name is close to more than one area. Choose one.';

/**
 * A comparison's name that matches no area.
 *
 * @example
 * ```ts
 * compareNoMatch(2, 3); // "Area 2 of the 3 named matches no area."
 * compareNoMatch(1, 1); // "The area named matches no area."
 * ```
 */
export function compareNoMatch(position: number, of: number): string {
	return `${of === 1 ? 'The area named' : `Area ${position} of the ${of} named`} matches no area.`;
}

/**
 * A comparison with no area named.
 *
 * @example
 * ```ts
 * COMPARE_NO_AREA; // "Name at least one area."
 * ```
 */
export const COMPARE_NO_AREA = 'Name at least one area.';

/**
 * The note of a disagreement the dataset did not document, found when it is indexed.
 *
 * @example
 * ```ts
 * FOUND_CONFLICT_NOTE; // "Sources give different values for the same area, year and measure."
 * ```
 */
export const FOUND_CONFLICT_NOTE = 'Sources give different values for the same area, year and measure.';
