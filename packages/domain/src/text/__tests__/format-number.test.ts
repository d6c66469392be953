import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../format-value.js';

const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

describe('formatNumber writes numbers exactly as Intl.NumberFormat en-GB with one decimal place', () => {
	it('on the values where rounding and grouping are easy to get wrong', () => {
		const values = [
			0,
			-0,
			0.04,
			-0.04,
			0.05,
			-0.05,
			0.15,
			0.25,
			0.35,
			0.95,
			1.05,
			1.45,
			2.675,
			8.1,
			9.96,
			99.95,
			999.95,
			999.96,
			1_000,
			9_999.95,
			64_667,
			123_456_789.95,
			36_183_335_829_729_430,
			1e20,
			1e21,
			5e-324,
			0.000001,
			0.0000001,
			Number.NaN,
			Number.POSITIVE_INFINITY,
			Number.NEGATIVE_INFINITY,
		];
		for (const value of values) expect([value, formatNumber(value)]).toEqual([value, intl.format(value)]);
	});

	it('as the bot shows counts and rates', () => {
		expect(formatNumber(64_667)).toBe('64,667');
		expect(formatNumber(8.14)).toBe('8.1');
		expect(formatNumber(0.15)).toBe('0.2');
		expect(formatNumber(1_999.96)).toBe('2,000');
		expect(formatNumber(-1_234.5)).toBe('-1,234.5');
	});

	it('on any double, and on halves and hundredths', () => {
		fc.assert(
			fc.property(fc.double(), (value) => formatNumber(value) === intl.format(value)),
			{ numRuns: 20_000 },
		);
		fc.assert(
			fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 1_000 }), (n, d) => {
				const value = n / 100 + (n % 2 === 0 ? 0.05 : 0) / d;
				return formatNumber(value) === intl.format(value);
			}),
			{ numRuns: 20_000 },
		);
	});
});
