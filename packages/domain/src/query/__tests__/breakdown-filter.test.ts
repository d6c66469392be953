// Breakdown filters on getFigures and getSeries, on the bundled figures: Wales's figures for girls and boys, Police
// Scotland's communicating indecently with children under 13, the UK's platform shares.
import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getFigures } from '../get-figures.js';
import { getSeries } from '../get-series.js';
import { sameBreakdown } from '../same-breakdown.js';

const dataset = getBundledDataset();

describe('sameBreakdown', () => {
	it('matches exactly: the same parts, none more, none fewer', () => {
		expect(sameBreakdown({ sex: 'girls' }, { sex: 'girls' })).toBe(true);
		expect(sameBreakdown({ sex: 'boys' }, { sex: 'girls' })).toBe(false);
		expect(sameBreakdown({ ageBand: 'twelve-to-fifteen', sex: 'girls' }, { sex: 'girls' })).toBe(false);
		expect(sameBreakdown(null, null)).toBe(true);
		expect(sameBreakdown(null, { sex: 'girls' })).toBe(false);
		expect(sameBreakdown({ sex: 'girls' }, null)).toBe(false);
	});
});

describe('getFigures with a breakdown', () => {
	it('Wales, girls: the latest year holding a figure for girls, and only that figure', () => {
		const answer = getFigures(dataset, { area: 'Wales', breakdown: { sex: 'girls' } });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.year).toBe('2014/15');
		expect(answer.data.figures.map((f) => [f.figure.id, f.valueText])).toEqual([
			['wales-2014-15-girls-the-wave', '1,242'],
		]);
		expect(answer.data.yearsHeld).toEqual(['2013/14', '2014/15']);
		expect(answer.data.changes).toEqual([]);
	});

	it('Wales 2013/14, boys: 229, without the total or the girls beside it', () => {
		const answer = getFigures(dataset, { area: 'Wales', year: '2013/14', breakdown: { sex: 'boys' } });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.figures.map((f) => f.figure.id)).toEqual(['wales-2013-14-boys-the-wave']);
		expect(answer.data.figures[0]?.valueText).toBe('229');
	});

	it('the UK in 2023/24 by platform: Snapchat alone', () => {
		const answer = getFigures(dataset, { area: 'UK', year: '2023/24', breakdown: { platform: 'snapchat' } });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.figures.map((f) => f.figure.id)).toEqual(['uk-2023-24-scwc-snapchat-share']);
	});

	it('without a breakdown the answer is unchanged: Wales leads with its 2022/23 total', () => {
		const answer = getFigures(dataset, { area: 'Wales' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.year).toBe('2022/23');
		expect(answer.data.figures.map((f) => f.figure.id)).toContain('wales-2022-23-total');
	});

	it('a breakdown an area holds no figure for is "no published figure", never another figure', () => {
		const answer = getFigures(dataset, { area: 'Derbyshire', breakdown: { sex: 'girls' } });
		expect(answer.status).toBe('not-found');
		if (answer.status === 'not-found') expect(answer.reason).toBe('no-published-figure');
		const year = getFigures(dataset, { area: 'Wales', year: '2022/23', breakdown: { sex: 'girls' } });
		if (year.status === 'not-found') expect(year.reason).toBe('no-published-figure');
		else throw new Error('Wales holds no figure for girls in 2022/23');
	});
});

describe('getSeries with a breakdown', () => {
	it('Wales, girls: 2013/14 and 2014/15, no change computed (changes are for the whole measure)', () => {
		const answer = getSeries(dataset, { area: 'Wales', breakdown: { sex: 'girls' } });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.points.map((p) => [p.year, p.figures.map((f) => f.valueText)])).toEqual([
			['2013/14', ['1,145']],
			['2014/15', ['1,242']],
		]);
		expect(answer.data.changes).toEqual([]);
	});

	it('Police Scotland, communicating indecently with a child under 13, from 2017/18: single years only', () => {
		const answer = getSeries(dataset, {
			area: 'Police Scotland',
			measure: 'communicating-indecently-with-a-child',
			from: '2017/18',
			breakdown: { ageBand: 'under-thirteen' },
		});
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.points.map((p) => [p.year, p.figures[0]?.valueText])).toEqual([
			['2017/18', '226'],
			['2019/20', '334'],
			['2020/21', '370'],
			['2021/22', '369'],
		]);
	});

	it('a breakdown with no series for the area is "no published figure"', () => {
		const answer = getSeries(dataset, { area: 'Derbyshire', breakdown: { sex: 'boys' } });
		expect(answer.status === 'not-found' && answer.reason).toBe('no-published-figure');
	});
});
