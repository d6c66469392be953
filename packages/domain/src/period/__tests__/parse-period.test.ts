import { describe, expect, it } from 'vitest';
import { financialYear, yearSpan } from '../financial-year.js';
import { parsePeriod, parseYear } from '../parse-period.js';

describe('parseYear', () => {
	it.each([
		'2016/17',
		'2016-17',
		'2016/2017',
		'16/17',
		'FY2016',
		'FY16',
		'fy 2016',
		' 2016 / 17 ',
		'2016 to 2017',
		'2016–17',
	])('reads %j as 2016/17', (text) => {
		expect(parseYear(text)?.id).toBe('2016/17');
	});

	it.each(['2016/18', '2016/16', '16/18', '2016', 'last year', '', '2016/17/18', 'FY201', '1889/90', '2101/02'])(
		'rejects %j',
		(text) => {
			expect(parseYear(text)).toBeNull();
		},
	);

	it('reads the turn of a century', () => {
		expect(parseYear('1999/00')?.id).toBe('1999/00');
		expect(parseYear('1999/2000')?.startYear).toBe(1999);
		expect(parseYear('2099/00')?.startYear).toBe(2099);
	});

	it('gives real dates and lengths: April to March, 366 days in 2019/20', () => {
		const year = parseYear('2019/20');
		expect(year?.start.toISOString()).toBe('2019-04-01T00:00:00.000Z');
		expect(year?.end.toISOString()).toBe('2020-03-31T00:00:00.000Z');
		expect(year?.days).toBe(366);
		expect(parseYear('2016/17')?.days).toBe(365);
		expect(parseYear('2015/16')?.days).toBe(366);
	});
});

describe('parsePeriod', () => {
	it.each(['2017/18 to 2022/23', '2017/18-2022/23', '2017-18 to 2022-23', 'FY2017 to FY2022', '2017/18 – 2022/23'])(
		'reads %j as a six-year span',
		(text) => {
			const period = parsePeriod(text);
			expect(period?.kind).toBe('span');
			expect(period?.id).toBe('2017/18-2022/23');
			if (period?.kind === 'span') expect(period.years).toBe(6);
		},
	);

	it('counts the real days of a span (two leap years in 2017/18-2022/23)', () => {
		const period = parsePeriod('2017/18 to 2022/23');
		// 2019/20 (29 Feb 2020) is the only leap day between 1 April 2017 and 31 March 2023.
		expect(period?.days).toBe(6 * 365 + 1);
		expect(period?.start.toISOString()).toBe('2017-04-01T00:00:00.000Z');
		expect(period?.end.toISOString()).toBe('2023-03-31T00:00:00.000Z');
	});

	it('reads single years as years', () => {
		expect(parsePeriod('16/17')?.kind).toBe('year');
	});

	it.each(['2022/23 to 2017/18', '2016/17 to 2016/17', '2016/18', 'to 2017/18', '2017/18 to'])('rejects %j', (text) => {
		expect(parsePeriod(text)).toBeNull();
	});
});

describe('financialYear and yearSpan', () => {
	it('labels years with two-digit ends', () => {
		expect(financialYear(2009).id).toBe('2009/10');
		expect(financialYear(1999).id).toBe('1999/00');
	});

	it('refuses a span that does not run forward', () => {
		expect(() => yearSpan(2017, 2017)).toThrow(RangeError);
		expect(yearSpan(2016, 2017).years).toBe(2);
	});
});

describe('parsePeriod with hyphenated years on both sides', () => {
	it.each(['2017-18-2022-23', '2017-18 - 2022-23', '2017-18 – 2022-23', '17/18-22/23', 'FY2017-FY2022'])(
		'reads %j as 2017/18-2022/23',
		(text) => {
			expect(parsePeriod(text)?.id).toBe('2017/18-2022/23');
		},
	);
});
