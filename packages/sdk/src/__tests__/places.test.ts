import { describe, expect, it } from 'vitest';
import { formatAnswer, getFigures, listYears, searchAreas } from '../index.js';

// The same names the domain's gazetteer table checks, through the SDK's public API.
describe('places through the SDK', () => {
	it.each([
		{ area: 'Hants', id: 'hampshire', kind: 'place' },
		{ area: 'Reading', id: 'thames-valley', kind: 'place' },
		{ area: 'Caerdydd', id: 'south-wales', kind: 'place' },
		{ area: 'Derry', id: 'psni', kind: 'place' },
		{ area: 'Derbyshre', id: 'derbyshire', kind: 'corrected' },
		{ area: 'Notts', id: 'nottinghamshire', kind: 'alias' },
		{ area: 'Derbyshire', id: 'derbyshire', kind: 'exact' },
	] as const)('$area answers for $id, with how the name was matched ($kind)', ({ area, id, kind }) => {
		const answer = getFigures({ area });
		expect(answer.status).toBe('found');
		if (answer.status !== 'found') return;
		expect(answer.data.area.id).toBe(id);
		expect(answer.resolution?.kind).toBe(kind);
	});

	it('says which force polices a place, and marks a corrected name, in the formatted answer', () => {
		const reading = getFigures({ area: 'Reading' });
		expect(reading.resolution?.note).toBe('Reading is policed by Thames Valley Police');
		expect(formatAnswer(reading, { format: 'text' })).toContain('Reading is policed by Thames Valley Police.');
		const corrected = getFigures({ area: 'Derbyshre' });
		expect(corrected.resolution).toMatchObject({ kind: 'corrected', matched: 'Derbyshire' });
		const markdown = formatAnswer(corrected, { format: 'markdown' });
		expect(markdown).toContain('Showing Derbyshire Constabulary (spelling corrected).');
		expect(JSON.stringify(corrected) + markdown).not.toContain('Derbyshre');
	});

	it('answers London with the choices, each of which is accepted when typed back', () => {
		const london = getFigures({ area: 'London' });
		expect(london.status === 'not-found' && london.reason).toBe('ambiguous-area');
		if (london.status !== 'not-found') return;
		expect(london.suggestions.map((s) => s.id)).toEqual(['metropolitan', 'city-of-london']);
		for (const choice of london.suggestions) {
			const again = getFigures({ area: choice.name });
			expect(again.status === 'found' ? again.data.area.id : again.status === 'not-found' && again.reason).not.toBe(
				'ambiguous-area',
			);
		}
		const text = formatAnswer(london, { format: 'text' });
		expect(text).toContain('Metropolitan Police');
		expect(text).toContain('0800 1111');
		expect(listYears({ area: 'London' })).toMatchObject({ status: 'not-found', reason: 'ambiguous-area' });
	});

	it('finds a town in a search with the force that polices it', () => {
		const result = searchAreas('Reading');
		expect(result.status === 'found' && result.areas[0]).toMatchObject({
			area: { id: 'thames-valley' },
			place: 'Reading',
		});
	});
});

describe('the README example for places', () => {
	it('prints what its comments say', () => {
		const reading = getFigures({ area: 'Reading' });
		expect(reading.resolution?.note).toBe('Reading is policed by Thames Valley Police');
		const typo = getFigures({ area: 'Derbyshre' });
		expect([typo.resolution?.kind, typo.resolution?.note]).toEqual([
			'corrected',
			'Showing Derbyshire Constabulary (spelling corrected)',
		]);
		const london = getFigures({ area: 'London' });
		expect(
			london.status === 'not-found' && london.reason === 'ambiguous-area' && london.suggestions.map((s) => s.name),
		).toEqual(['Metropolitan Police', 'City of London']);
		const phrase = getFigures({ area: 'crime in leeds' });
		expect(phrase.status === 'not-found' && phrase.suggestions.map((s) => `${s.name} (${s.detail})`)).toEqual([
			'West Yorkshire (Leeds)',
		]);
		const jersey = getFigures({ area: 'Jersey' });
		expect(jersey.status === 'not-found' && jersey.message).toMatch(
			/^Jersey is policed by the States of Jersey Police, which Signpost does not cover\. /,
		);
	});
});

describe('measures and years in the words people use, through the SDK', () => {
	it('reads "grooming", "SCWC" and "year ending March 2024"', () => {
		const answer = getFigures({ area: 'Wales', measure: 'grooming', year: 'year ending March 2024' });
		expect(answer.status === 'found' && [answer.data.year, answer.data.figures[0]?.measure.id]).toEqual([
			'2023/24',
			'sexual-communication-with-a-child',
		]);
		expect(listYears({ area: 'Wales', measure: 'SCWC' }).status).toBe('found');
	});

	it('answers a calendar year with the two financial years it touches', () => {
		const answer = getFigures({ area: 'UK', year: '2023' });
		expect(answer.status === 'not-found' && answer.suggestions.map((s) => s.id)).toEqual(['2022/23', '2023/24']);
	});
});
