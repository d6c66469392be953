import { describe, expect, it } from 'vitest';
import {
	compareAreas,
	formatAnswer,
	getCoverage,
	getDataset,
	getFigures,
	getHelplines,
	getNational,
	getSeries,
	listAreas,
	listSources,
	listYears,
	searchAreas,
	type WithHelp,
} from '../index.js';

const NUMBERS = ['0800 1111', '0808 800 5000', '999'];

function expectHelp(result: WithHelp): void {
	expect(result.help.services.map((s) => s.phone).slice(0, 3)).toEqual(NUMBERS);
	const text = JSON.stringify(result);
	for (const number of NUMBERS) expect(text).toContain(number);
}

describe('every public function answers with the help lines', () => {
	const cases: [string, () => WithHelp][] = [
		['getFigures found or not', () => getFigures({ area: 'Derbyshire', year: '2016/17' })],
		['getFigures unknown area', () => getFigures({ area: 'Atlantis' })],
		['getFigures invalid year', () => getFigures({ area: 'Derbyshire', year: 'next week' })],
		['getSeries', () => getSeries({ area: 'Staffordshire' })],
		['getSeries unknown measure', () => getSeries({ area: 'Staffordshire', measure: 'no-such-measure' })],
		['compareAreas', () => compareAreas({ areas: ['Derbyshire', 'Staffordshire'] })],
		['getNational', () => getNational()],
		['getNational outside the dataset', () => getNational({ year: '1990/91' })],
		['searchAreas found', () => searchAreas('derby')],
		['searchAreas not found', () => searchAreas('qqqqqqqqqqqqqqq')],
		['listAreas', () => listAreas()],
		['listYears', () => listYears()],
		['listYears unknown area', () => listYears({ area: 'Atlantis' })],
		['listSources', () => listSources()],
		['getCoverage', () => getCoverage()],
		['getDataset', () => getDataset()],
		['getHelplines', () => getHelplines()],
		[
			'getHelplines for a child worried about grooming',
			() => getHelplines({ audience: 'child', topic: 'online-grooming' }),
		],
	];
	it.each(cases)('%s', (_name, call) => expectHelp(call()));

	it('formatAnswer ends text and Markdown with the help lines', () => {
		for (const answer of [getFigures({ area: 'Derbyshire' }), getFigures({ area: 'Atlantis' })]) {
			for (const format of ['text', 'markdown'] as const) {
				const text = formatAnswer(answer, { format });
				const tail = text.slice(text.lastIndexOf('Get help'));
				for (const number of NUMBERS) expect(tail).toContain(number);
			}
		}
	});
});
