import type { ComparisonData } from '../answer/answer.js';
import type { Locale } from '../text/locale.js';
import { resolutionNote } from '../text/resolution-note.js';
import { WELSH_ANSWER_WORDING } from '../text/welsh-wording.js';
import { sharedForce } from '../text/wording.js';

/**
 * What a comparison says before its figures, in the order the names were given, each sentence once: a force that
 * several names led to, said once in place of their own notes ("Cardiff and Swansea are both policed by South Wales
 * Police, so its figures are shown once"), and how each other name was read ("Reading is policed by Thames Valley
 * Police", "Showing Kent Police (spelling corrected)"). Only gazetteer and registry names, never what was typed. With
 * `locale` `cy`, every sentence is Welsh, from the Welsh table ({@link resolutionNote}): "Mae Cardiff yn cael ei
 * blismona gan South Wales Police".
 *
 * @example
 * ```ts
 * const compared = compareAreas(dataset, { areas: ['Cardiff', 'Swansea'] });
 * if (compared.status === 'found') comparisonNotes(compared.data); // ["Cardiff and Swansea are both policed by South Wales Police, so its figures are shown once"]
 * ```
 */
export function comparisonNotes(
	data: Pick<ComparisonData, 'resolutions' | 'sharedForces'>,
	locale: Locale = 'en',
): string[] {
	const notes: string[] = [];
	for (const [i, resolution] of data.resolutions.entries()) {
		const shared = data.sharedForces.find((s) => s.inputs.includes(`areas.${i}`));
		if (shared)
			notes.push(
				locale === 'cy'
					? WELSH_ANSWER_WORDING.sharedForce(shared.names, shared.area.name)
					: sharedForce(shared.names, shared.area.name),
			);
		// A place's own note is said by the shared sentence; a corrected spelling still says it was corrected.
		if (resolution.note && !(shared && resolution.kind === 'place')) notes.push(resolutionNote(resolution, locale));
	}
	return [...new Set(notes)];
}
