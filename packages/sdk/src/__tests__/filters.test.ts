// Filters on the bundled figures: breakdowns (age band, sex, platform) on getFigures and getSeries, a measure on
// compareAreas and getNational; a breakdown the dataset does not know answers invalid-query with the help lines.
import { describe, expect, it } from 'vitest';
import { compareAreas, getFigures, getNational, getSeries } from '../index.js';

const NUMBERS = ['0800 1111', '0808 800 5000', '999'];
const js = (fn: unknown) => fn as (...args: unknown[]) => unknown;
const phones = (result: unknown) =>
	(result as { help: { services: { phone?: string }[] } }).help.services.slice(0, 3).map((s) => s.phone);

describe('getFigures with a breakdown', () => {
	it('Wales, girls, typed as people type it: 1,242 in 2014/15, alone', () => {
		// Plain JavaScript passes what was typed; the types say 'girls' | 'boys'.
		const answer = js(getFigures)({ area: 'Wales', breakdown: { sex: 'Girls' } }) as ReturnType<typeof getFigures>;
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.year).toBe('2014/15');
		expect(answer.data.figures.map((f) => [f.figure.id, f.valueText])).toEqual([
			['wales-2014-15-girls-the-wave', '1,242'],
		]);
		expect(phones(answer)).toEqual(NUMBERS);
	});

	it('an age band by its label: Police Scotland, communicating indecently with a child "under 13"', () => {
		const answer = getFigures({
			area: 'Police Scotland',
			measure: 'communicating-indecently-with-a-child',
			breakdown: { ageBand: 'under 13' },
		});
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.figures.map((f) => [f.figure.id, f.valueText])).toEqual([
			['police-scotland-2021-22-cic-under-13', '369'],
		]);
	});

	it('a platform by its name: WhatsApp in the UK, 2023/24', () => {
		const answer = getFigures({ area: 'UK', year: '2023/24', breakdown: { platform: 'WhatsApp' } });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.figures.map((f) => [f.figure.id, f.valueText])).toEqual([
			['uk-2023-24-scwc-whatsapp-share', '12%'],
		]);
	});

	it('a known breakdown the area holds no figure for is "no published figure"', () => {
		const answer = getFigures({ area: 'Derbyshire', breakdown: { sex: 'boys' } });
		expect(answer.status === 'not-found' && answer.reason).toBe('no-published-figure');
		expect(phones(answer)).toEqual(NUMBERS);
	});

	it.each([
		[{ area: 'Wales', breakdown: { sex: 'cats' } }, 'query.breakdown.sex', /"girls" or "boys"/],
		[{ area: 'Wales', breakdown: { ageBand: 'ancient' } }, 'query.breakdown.ageBand', /under-thirteen/],
		[{ area: 'Wales', breakdown: { platform: 'MySpace' } }, 'query.breakdown.platform', /whatsapp/],
		[{ area: 'Wales', breakdown: 'girls' }, 'query.breakdown', /expected object/],
		[{ area: 'Wales', breakdown: { colour: 'blue' } }, 'query.breakdown', /colour/],
		[{ area: 'Wales', breakdown: { sex: 7 } }, 'query.breakdown.sex', /expected string/],
	])('%j answers invalid-query naming %s, with the help lines', (query, input, message) => {
		const answer = js(getFigures)(query) as { status: string; reason: string; input: string; message: string };
		expect(answer).toMatchObject({ status: 'not-found', reason: 'invalid-query', input });
		expect(answer.message).toMatch(message);
		expect(phones(answer)).toEqual(NUMBERS);
	});
});

describe('getSeries with a breakdown', () => {
	it('Wales, girls: 1,145 then 1,242', () => {
		const answer = getSeries({ area: 'Wales', breakdown: { sex: 'girls' } });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.points.map((p) => [p.year, p.figures.map((f) => f.valueText)])).toEqual([
			['2013/14', ['1,145']],
			['2014/15', ['1,242']],
		]);
	});

	it('an unknown breakdown answers invalid-query, as getFigures does', () => {
		const answer = js(getSeries)({ area: 'Wales', breakdown: { sex: 'both' } });
		expect(answer).toMatchObject({ status: 'not-found', reason: 'invalid-query', input: 'query.breakdown.sex' });
		expect(phones(answer)).toEqual(NUMBERS);
	});
});

describe('compareAreas with a measure', () => {
	it('sexual communication with a child, by a word people use ("grooming"): Derbyshire 285, Hampshire 279 in 2022/23', () => {
		const answer = compareAreas({ areas: ['Derbyshire', 'Hampshire'], measure: 'grooming', year: '2022/23' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.measure.id).toBe('sexual-communication-with-a-child');
		expect(answer.data.rows.map((r) => [r.area.id, r.figures.map((f) => f.valueText)])).toEqual([
			['derbyshire', ['285']],
			['hampshire', ['279']],
		]);
	});

	it('without a measure, offences recorded as before; an unknown measure is unknown-measure', () => {
		const answer = compareAreas({ areas: ['Derbyshire', 'Wales'], year: '2022/23' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.measure.id).toBe('child-sexual-offences');
		const unknown = compareAreas({ areas: ['Derbyshire', 'Wales'], measure: 'knitting' });
		expect(unknown).toMatchObject({ status: 'not-found', reason: 'unknown-measure' });
		expect(phones(unknown)).toEqual(NUMBERS);
	});

	it('a measure that is not text answers invalid-query', () => {
		const answer = js(compareAreas)({ areas: ['Derbyshire'], measure: 42 });
		expect(answer).toMatchObject({ status: 'not-found', reason: 'invalid-query', input: 'query.measure' });
	});
});

describe('getNational with a measure', () => {
	it('sexual communication with a child in 2019/20: the UK 5,954 and Northern Ireland 184, nothing else', () => {
		const answer = getNational({ measure: 'sexual communication with a child', year: '2019/20' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.figures.map((f) => [f.figure.id, f.valueText])).toEqual([
			['uk-2019-20-scwc-archyde', '5,954'],
			['psni-2019-20-scwc', '184'],
		]);
	});

	it('an unknown measure is unknown-measure; a measure that is not text is invalid-query', () => {
		expect(getNational({ measure: 'knitting' })).toMatchObject({ status: 'not-found', reason: 'unknown-measure' });
		expect(js(getNational)({ measure: ['grooming'] })).toMatchObject({
			status: 'not-found',
			reason: 'invalid-query',
			input: 'query.measure',
		});
	});
});
