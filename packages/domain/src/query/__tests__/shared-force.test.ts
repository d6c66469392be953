import { describe, expect, it } from 'vitest';
import { expectSaidOnce } from '../../__tests__/support/expect-said-once.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { comparisonNotes } from '../../render/comparison-notes.js';
import { renderText } from '../../render/render-answer.js';
import { compareAreas } from '../compare-areas.js';

// `/compare` of two places one force polices says so, in the gazetteer's names, never silently showing one force.
const dataset = getBundledDataset();

function compared(areas: string[]) {
	const answer = compareAreas(dataset, { areas });
	if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
	return answer;
}

const CARDIFF_SWANSEA = 'Cardiff and Swansea are both policed by South Wales Police, so its figures are shown once.';

describe('names compared that one force polices (issue 24)', () => {
	it('Cardiff and Swansea: one force shown once, and every renderer says both are policed by it', () => {
		const answer = compared(['Cardiff', 'Swansea']);
		expect(answer.data.rows.map((r) => r.area.id)).toEqual(['south-wales']);
		expect(answer.data.sharedForces).toEqual([
			{
				area: expect.objectContaining({ id: 'south-wales' }),
				names: ['Cardiff', 'Swansea'],
				inputs: ['areas.0', 'areas.1'],
			},
		]);
		// The sentence replaces each place's own note; it comes before the figures.
		expectSaidOnce(answer, CARDIFF_SWANSEA, {
			before: 'South Wales Police, Offences recorded',
			insteadOf: 'Cardiff is policed by',
		});
	});

	it('names the places as the gazetteer does, never as typed', () => {
		for (const typed of [
			['cardiff', 'SWANSEA'],
			['Caerdydd', 'Abertawe'],
			['  CARDIFF ', 'swansea'],
		]) {
			const answer = compared(typed);
			expect(answer.data.sharedForces[0]?.names).toEqual(['Cardiff', 'Swansea']);
			const text = renderText(answer);
			expect(text).toContain(CARDIFF_SWANSEA);
			for (const word of typed) if (word.trim() !== 'Cardiff') expect(text).not.toContain(word.trim());
		}
	});

	it('says the other cases plainly: a place and its own force, a place or a force named twice', () => {
		expect(comparisonNotes(compared(['Cardiff', 'South Wales Police']).data)).toEqual([
			'Cardiff is policed by South Wales Police, which is also named, so its figures are shown once',
		]);
		expect(comparisonNotes(compared(['Kent', 'Kent Police']).data)).toEqual([
			// also what a button says, which carries the force's id twice and never the names typed
			'The areas named all lead to Kent Police, so its figures are shown once',
		]);
		expect(comparisonNotes(compared(['Reading', 'Reading', 'Kent']).data)).toEqual([
			'Reading, named more than once, is policed by Thames Valley Police, so its figures are shown once',
		]);
		// Different forces: each place keeps its own note, nothing is shared.
		const apart = compared(['Reading', 'Cardiff']);
		expect(apart.data.sharedForces).toEqual([]);
		expect(comparisonNotes(apart.data)).toEqual([
			'Reading is policed by Thames Valley Police',
			'Cardiff is policed by South Wales Police',
		]);
	});

	it('a corrected spelling still says it was corrected, beside the shared sentence', () => {
		const notes = comparisonNotes(compared(['Cardif', 'Swansea']).data);
		expect(notes[0]).toBe(CARDIFF_SWANSEA.slice(0, -1));
		expect(notes[1]).toMatch(/^Showing South Wales Police for Cardiff.* \(spelling corrected\)$/);
		expect(notes.join(' ')).not.toContain('Cardif ');
	});

	it('in Welsh, from the Welsh table', () => {
		expect(comparisonNotes(compared(['Cardiff', 'Swansea']).data, 'cy')).toEqual([
			'Mae Cardiff a Swansea ill dau yn cael eu plismona gan South Wales Police, felly dangosir ei ffigurau unwaith',
		]);
	});
});
