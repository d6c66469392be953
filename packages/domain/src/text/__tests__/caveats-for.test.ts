import { describe, expect, it } from 'vitest';
import { answerCaveats } from '../../answer/answer-caveats.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getFigures } from '../../query/get-figures.js';
import { CAVEATS, type CaveatKey } from '../caveats.js';
import { caveatIn, caveatsFor } from '../caveats-for.js';

const KEYS = Object.keys(CAVEATS) as CaveatKey[];

describe('caveatsFor', () => {
	it('gives the English caveats for English and for no locale', () => {
		expect(caveatsFor('en')).toBe(CAVEATS);
		expect(caveatsFor(undefined)).toBe(CAVEATS);
	});

	it('gives every standing caveat in Welsh, each its own sentence and none of them the English', () => {
		const welsh = caveatsFor('cy');
		expect(Object.keys(welsh).sort()).toEqual([...KEYS].sort());
		for (const key of KEYS) {
			expect(welsh[key]).not.toBe(CAVEATS[key]);
			expect(welsh[key]).toMatch(/[.]$/);
		}
		expect(new Set(Object.values(welsh)).size).toBe(KEYS.length);
	});

	it('keeps what the caveats must say in Welsh: recorded offences are not children abused, and why rises happen', () => {
		const welsh = caveatsFor('cy');
		expect(welsh.notVictims).toContain('troseddau a gofnodwyd');
		expect(welsh.notVictims).toContain('cam-drin');
		expect(welsh.recordingAndReporting).toContain('cofnodi gwell');
		expect(welsh.recordingAndReporting).toContain('dioddefwyr yn dod ymlaen');
	});
});

describe('caveatIn', () => {
	it.each(KEYS)('turns the standing caveat %s into its Welsh for cy and leaves it for en', (key) => {
		expect(caveatIn(CAVEATS[key], 'cy')).toBe(caveatsFor('cy')[key]);
		expect(caveatIn(CAVEATS[key], 'en')).toBe(CAVEATS[key]);
	});

	it("leaves a measure's own caveat (data, not Signpost's wording) as it is", () => {
		expect(caveatIn('A charge or summons is not a conviction.', 'cy')).toBe('A charge or summons is not a conviction.');
	});

	it('puts every standing caveat of a real answer into Welsh, and leaves the measure caveats as the data says them', () => {
		const answer = getFigures(getBundledDataset(), { area: 'Gwent' });
		const caveats = answerCaveats(answer);
		const standing = new Set<string>(Object.values(CAVEATS));
		expect(caveats.some((c) => standing.has(c))).toBe(true);
		for (const caveat of caveats) {
			const welsh = caveatIn(caveat, 'cy');
			if (standing.has(caveat)) expect(welsh).not.toBe(caveat);
			else expect(welsh).toBe(caveat);
		}
	});
});
