import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { resolveArea } from '../../query/resolve-area.js';
import { resolutionNote } from '../resolution-note.js';
import { WELSH_WORDING } from '../welsh-wording.js';

const dataset = getBundledDataset();

function resolution(name: string) {
	const resolved = resolveArea(dataset, name);
	if (resolved.status !== 'found') throw new Error(`${name}: ${resolved.status}`);
	return resolved.resolution;
}

describe('how a name was read, in the reader’s language', () => {
	it.each(['Reading', 'Caerdydd', 'Scotland', 'Derbyshre', 'Derbyshire', 'Notts', 'Wrexham'])(
		'%s: in English, the answer’s own note',
		(name) => {
			expect(resolutionNote(resolution(name))).toBe(resolution(name).note);
			expect(resolutionNote(resolution(name), 'en')).toBe(resolution(name).note);
		},
	);

	it('in Welsh, from the Welsh table with the gazetteer’s and registry’s names; nothing for an exact name', () => {
		expect(resolutionNote(resolution('Caerdydd'), 'cy')).toBe(
			WELSH_WORDING.policedBy('Caerdydd', 'South Wales Police'),
		);
		expect(resolutionNote(resolution('Reading'), 'cy')).toBe(
			WELSH_WORDING.policedBy('Reading', 'Thames Valley Police'),
		);
		expect(resolutionNote(resolution('Derbyshre'), 'cy')).toBe(
			WELSH_WORDING.showingCorrected('Derbyshire Constabulary'),
		);
		expect(resolutionNote(resolution('Derbyshire'), 'cy')).toBe('');
	});
});
