import type { AreaResolutionNote } from '../area/area-resolution-note.js';
import type { Locale } from './locale.js';
import { WELSH_ANSWER_WORDING } from './welsh-wording.js';

/**
 * How a name asked about was read, in the reader's language: the answer's own note in English ("Reading is policed
 * by Thames Valley Police", "Showing Derbyshire Constabulary (spelling corrected)"); in Welsh the same sentence from
 * the Welsh table, with the gazetteer's and registry's names as they are ("Mae Caerdydd yn cael ei blismona gan South
 * Wales Police"). Empty for an exact name or an alias, which need no note. Never what was typed.
 *
 * @example
 * ```ts
 * const reading = resolveArea(dataset, 'Reading');
 * if (reading.status === 'found') resolutionNote(reading.resolution, 'cy'); // "Mae Reading yn cael ei blismona gan Thames Valley Police"
 * ```
 */
export function resolutionNote(resolution: AreaResolutionNote, locale: Locale = 'en'): string {
	const { areaName } = resolution;
	if (locale !== 'cy' || !resolution.note || !areaName) return resolution.note;
	return resolution.kind === 'corrected'
		? WELSH_ANSWER_WORDING.showingCorrected(areaName, resolution.place)
		: WELSH_ANSWER_WORDING.policedBy(resolution.matched, areaName);
}
