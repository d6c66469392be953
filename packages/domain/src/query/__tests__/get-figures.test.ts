import { describe, expect, it } from 'vitest';
import { renderText } from '../../render/render-answer.js';
import { fixtureDataset } from '../../testing.js';
import { getFigures } from '../get-figures.js';

const fixture = fixtureDataset();

function foundFigures(query: Parameters<typeof getFigures>[1]) {
	const answer = getFigures(fixture, query);
	if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
	return answer.data;
}

describe('getFigures', () => {
	it('Derbyshire 2016/17: 1,066, and no change from a disputed previous year', () => {
		const data = foundFigures({ area: 'Derbyshire', year: '2016/17' });
		const headline = data.figures.find((f) => f.figure.measure === 'child-sexual-offences' && !f.figure.breakdown);
		expect(headline?.valueText).toBe('1,066');
		expect(headline?.sources[0]?.quote).toContain('1,066');
		// 2015/16 is reported as 983 and as 166: no change may be computed from either.
		expect(data.changes).toEqual([]);
		expect(data.disputedPrevious.map((f) => f.figure.value).sort((a, b) => a - b)).toEqual([166, 983]);
		expect(data.disputedPrevious.every((f) => f.conflicts.length > 0)).toBe(true);
		const text = renderText(getFigures(fixture, { area: 'Derbyshire', year: '2016/17' }));
		expect(text).toContain('983');
		expect(text).toContain('166');
		expect(text).not.toMatch(/computed by Signpost from the cited counts/);
	});

	it('breakdowns keep their published age band, headline first', () => {
		const data = foundFigures({ area: 'derbyshire', year: '2016-17' });
		expect(data.figures[0]?.figure.breakdown).toBeNull();
		const band = data.figures.find((f) => f.figure.breakdown?.ageBand === 'two-and-under');
		expect(band?.valueText).toBe('17');
		expect(band?.label).toContain('two and under');
	});

	it('Staffordshire 2016/17: +25% from 1,347, labelled computed', () => {
		const answer = getFigures(fixture, { area: 'Staffs', year: '16/17' });
		expect(answer.status).toBe('found');
		if (answer.status !== 'found') return;
		const [change] = answer.data.changes;
		expect(change?.computed).toBe(true);
		expect(change?.from.figure.value).toBe(1_347);
		expect(change?.to.figure.value).toBe(1_681);
		expect(Math.round(change?.percent ?? 0)).toBe(25);
		expect(answer.caveats.some((c) => c.includes('computed'))).toBe(true);
		expect(renderText(answer)).toMatch(/\+25% from 2015\/16 \(1,347\) to 2016\/17 \(1,681\), computed/);
	});

	it('defaults to the latest year held for the area', () => {
		expect(foundFigures({ area: 'Leicestershire' }).year).toBe('2019/20');
		expect(foundFigures({ area: 'derbyshire', measure: 'sexual-communication-with-a-child' }).year).toBe('2022/23');
	});

	it('includes spans of years that end in the year asked', () => {
		const data = foundFigures({ area: 'uk', year: '2022/23' });
		expect(data.spanFigures.map((f) => f.valueText)).toContain('more than 34,000');
	});

	it.each([
		[{ area: 'Atlantis' }, 'unknown-area'],
		[{ area: 'Derbyshire', year: 'last year' }, 'invalid-year'],
		[{ area: 'Derbyshire', year: '2016/18' }, 'invalid-year'],
		[{ area: 'Derbyshire', year: '1995/96' }, 'year-outside-dataset'],
		[{ area: 'Derbyshire', year: '2030/31' }, 'year-outside-dataset'],
		[{ area: 'Derbyshire', year: '2016/17', measure: 'sexual-communication-with-a-child' }, 'offence-not-in-force'],
		[{ area: 'Derbyshire', measure: 'not-a-measure' }, 'unknown-measure'],
		[{ area: 'Kent' }, 'no-published-figure'],
		[{ area: 'Kent', year: '2016/17' }, 'no-published-figure'],
		[{ area: 'Derbyshire', year: '2019/20' }, 'no-published-figure'],
	] as const)('%j is not found: %s', (query, reason) => {
		const answer = getFigures(fixture, query);
		expect(answer.status).toBe('not-found');
		if (answer.status === 'not-found') expect(answer.reason).toBe(reason);
	});

	it('an unknown area is never guessed: no name near it gives no suggestions, a partial name gives the choices', () => {
		const answer = getFigures(fixture, { area: 'Atlantis' });
		expect(answer).toMatchObject({ status: 'not-found', reason: 'unknown-area', suggestions: [] });
		const partial = getFigures(fixture, { area: 'north' });
		expect(partial).toMatchObject({ status: 'not-found', reason: 'unknown-area' });
		expect(partial.status === 'not-found' && partial.suggestions.map((s) => s.id)).toEqual([
			'north-wales',
			'north-yorkshire',
			'northamptonshire',
			'northumbria',
			'northern-ireland',
		]);
	});

	/** Sexual communication with a child in 2016/17, the year before the offence came into force in England and Wales. */
	const communicationIn2016 = (area: string) =>
		getFigures(fixture, { area, year: '2016/17', measure: 'sexual-communication-with-a-child' });

	it('the offence-not-in-force answer names the year it came into force', () => {
		const answer = communicationIn2016('Derbyshire');
		expect(answer.status === 'not-found' && answer.message).toContain('2017/18');
	});

	it('the in-force rule applies only where the offence was created (England and Wales)', () => {
		const answer = communicationIn2016('Police Scotland');
		expect(answer.status === 'not-found' && answer.reason).toBe('no-published-figure');
	});

	it('a not-found message never echoes what was typed', () => {
		const typed = 'Zzyzx Qwerty';
		const answer = getFigures(fixture, { area: typed, year: 'sometime' });
		expect(renderText(answer)).not.toContain(typed);
		const badYear = getFigures(fixture, { area: 'Derbyshire', year: 'sometime soon' });
		expect(renderText(badYear)).not.toContain('sometime');
	});
});
