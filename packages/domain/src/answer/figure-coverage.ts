import { indexDataset } from '../dataset/dataset-index.js';
import type { Dataset } from '../schema/dataset.js';
import type { Locale } from '../text/locale.js';
import { WELSH_ANSWER_WORDING } from '../text/welsh-wording.js';
import { areaName, coverageNotes } from '../text/wording.js';
import type { FigureView } from './figure-view.js';

/**
 * What a figure covers where it is less than a whole year from every force, in the reader's language: the view's own
 * notes in English ("offences against children under 16, as reported", "41 of 44 forces gave data"), the same notes
 * from the Welsh table in Welsh, with the registry's names of any forces left out. Empty for a whole year from every
 * force. Every renderer shows them beside the figure's value.
 *
 * @example
 * ```ts
 * figureCoverage(view, dataset, 'cy'); // ["troseddau yn erbyn plant dan 16 oed, fel yr adroddwyd"]
 * ```
 */
export function figureCoverage(view: FigureView, dataset: Dataset, locale: Locale = 'en'): readonly string[] {
	if (locale !== 'cy') return view.coverage;
	const { areas } = indexDataset(dataset);
	return coverageNotes(
		view.figure.coverage,
		(id) => {
			const excluded = areas.get(id);
			return excluded ? areaName(excluded) : id;
		},
		WELSH_ANSWER_WORDING,
	);
}
