import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getFigures } from '../../query/get-figures.js';
import { resolveArea } from '../../query/resolve-area.js';
import { renderText } from '../../render/render-answer.js';
import { searchAreas } from '../search-areas.js';

const dataset = getBundledDataset();

/** The suggestions for what was typed, as "Name" or "Name (place)". */
function suggested(text: string): string[] {
	const resolved = resolveArea(dataset, text);
	if (resolved.status === 'found') throw new Error(`${text} resolved to ${resolved.area.id}`);
	return resolved.suggestions.map((s) => (s.detail ? `${s.name} (${s.detail})` : s.name));
}

// Phrases typed into an area box as people type them: a question, a place with a year, a place with other words.
// Each names an area or place in whole words; the phrase never resolves, it only offers them as choices.
describe('names within a phrase that matches nothing as a whole', () => {
	it.each([
		['crime in leeds', ['West Yorkshire (Leeds)']],
		['how many children are abused in kent', ['Kent']],
		['kent 2023', ['Kent']],
		['offences in the uk', ['UK']],
		['stats for north wales please', ['North Wales']],
		['figures for dyfed powys police', ['Dyfed-Powys']],
		['sexual offences london', ['London', 'City of London (London)', 'Metropolitan Police (London)']],
		['reading about bath', ['Avon and Somerset (Bath)', 'Thames Valley (Reading)']],
	])('%s: offers %j, never an answer', (text, names) => {
		expect(suggested(text)).toEqual(names);
		const answer = getFigures(dataset, { area: text });
		expect(answer).toMatchObject({ status: 'not-found', reason: 'unknown-area' });
		const said = renderText(answer);
		expect(said).toContain('No area matches that name.');
		expect(said).toContain(`Did you mean: ${names.join(', ')}?`);
		// What was typed is never said back, only the registry's and gazetteer's names.
		expect(said).not.toContain(text);
	});

	it.each(['my town', 'a b', 'where do i look', 'figures please'])(
		'%s: names nothing, so it offers nothing',
		(text) => {
			expect(suggested(text)).toEqual([]);
		},
	);

	it('a name matched as a whole is found as before, and a phrase is never read word by word when anything matched', () => {
		expect(resolveArea(dataset, 'Isle of Wight')).toMatchObject({ status: 'found', area: { id: 'hampshire' } });
		expect(searchAreas(dataset, 'Wight').map((m) => m.area.id)).toEqual(['hampshire', 'dorset-and-hampshire']);
	});

	it('autocomplete offers the same names for a phrase, with the place each was found by', () => {
		expect(searchAreas(dataset, 'crime in leeds').map((m) => [m.area.id, m.place])).toEqual([
			['west-yorkshire', 'Leeds'],
		]);
	});
});
