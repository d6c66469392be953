import { describe, expect, it } from 'vitest';
import { financialYear, yearSpan } from '../../period/financial-year.js';
import { everyNMinutes, oneInN, percentChange, percentOf, perDay, perWeek } from '../rates.js';

describe('percentChange', () => {
	it('reproduces the articles’ changes', () => {
		expect(Math.round(percentChange(1_347, 1_681) ?? Number.NaN)).toBe(25);
		expect(Math.round(percentChange(444, 1_238) ?? Number.NaN)).toBe(179);
		expect(Math.round(percentChange(608, 746) ?? Number.NaN)).toBe(23);
		expect(Math.round(percentChange(37, 285) ?? Number.NaN)).toBe(670);
	});

	it('is negative for a fall and null from zero', () => {
		expect(percentChange(200, 150)).toBe(-25);
		expect(percentChange(0, 5)).toBeNull();
	});
});

describe('rates over the real length of a year', () => {
	it('64,667 offences in 2016/17 is one every 8.1 minutes', () => {
		const minutes = everyNMinutes(64_667, financialYear(2016)) ?? Number.NaN;
		expect(minutes.toFixed(1)).toBe('8.1');
		expect(minutes).toBeCloseTo((365 * 1_440) / 64_667, 10);
	});

	it('73,518 offences in 2019/20 (366 days) is over 200 a day', () => {
		const day = perDay(73_518, financialYear(2019));
		expect(day).toBeGreaterThan(200);
		expect(day).toBeCloseTo(73_518 / 366, 10);
		// Over a 365-day year the rate would differ: the leap day is counted.
		expect(day).not.toBeCloseTo(73_518 / 365, 3);
	});

	it('per week is seven days of the per-day rate', () => {
		expect(perWeek(3_650, financialYear(2016))).toBeCloseTo(70, 10);
	});

	it('spans use all their days', () => {
		const span = yearSpan(2017, 2022);
		expect(perDay(span.days, span)).toBe(1);
		expect(everyNMinutes(0, span)).toBeNull();
	});
});

describe('shares of a whole', () => {
	it('percentOf gives the part as a percentage of the whole', () => {
		expect(Math.round(percentOf(167, 639) ?? Number.NaN)).toBe(26);
		expect(percentOf(1, 0)).toBeNull();
	});

	it('oneInN gives "one in n"', () => {
		expect(Math.round(oneInN(6_519, 43_284) ?? Number.NaN)).toBe(7);
		expect(oneInN(0, 10)).toBeNull();
	});
});
