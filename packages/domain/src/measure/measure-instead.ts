import { indexDataset } from '../dataset/dataset-index.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { Measure } from '../schema/measure.js';

const NATION_NAMES: Readonly<Record<string, string>> = {
	england: 'England',
	wales: 'Wales',
	scotland: 'Scotland',
	'northern-ireland': 'Northern Ireland',
};

/** The area's name in a sentence: a nation's only force is named as the nation ("Scotland"). */
function subject(dataset: Dataset, area: Area): string {
	if (area.kind === 'force' && area.nation) {
		const forces = dataset.areas.filter((a) => a.kind === 'force' && a.nation === area.nation);
		if (forces.length === 1) return NATION_NAMES[area.nation] ?? area.shortName;
	}
	return area.shortName;
}

/**
 * Where an area holds no figure for a measure but does for the measure recorded there instead, the sentence that
 * says what it records: "Scotland records Communicating Indecently with a Child instead". `undefined` otherwise.
 *
 * @example
 * ```ts
 * measureInstead(dataset, policeScotland, scwc); // "Scotland records Communicating Indecently with a Child instead (a different offence, never compared with Sexual Communication with a Child)"
 * ```
 */
export function measureInstead(dataset: Dataset, area: Area, measure: Measure): string | undefined {
	const index = indexDataset(dataset);
	const held = index.figuresByArea.get(area.id) ?? [];
	if (held.some((f) => f.measure === measure.id)) return undefined;
	const other = dataset.measures.find(
		(m) => (m.equivalentOf === measure.id || measure.equivalentOf === m.id) && held.some((f) => f.measure === m.id),
	);
	if (!other) return undefined;
	return `${subject(dataset, area)} records ${other.shortName} instead (a different offence, never compared with ${measure.shortName})`;
}
