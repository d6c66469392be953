import { describe, expect, it } from 'vitest';
import { quoteStatesValue, statedNumbers } from './support/number-words.js';

describe('the number-words matcher used by the data tests', () => {
	it.each([
		['In Derbyshire, the number of offences increased to 1,066 last year', 1_066, true],
		['increased to 1066 last year', 1_066, true],
		['Seventeen of those offences were against children', 17, true],
		['Five offences against babies aged one or younger', 5, true],
		['more than 300 primary schools', 300, true],
		['nearly 60,000 children', 60_000, true],
		['twenty-three contacts', 23, true],
		['one hundred and five offences', 105, true],
		['two thousand three hundred', 2_300, true],
		['1.2 million', 1_200_000, true],
		// Not another number, part of one, or a year.
		['increased to 1,066 last year', 1_067, false],
		['increased to 1,066 last year', 66, false],
		['Police in Derbyshire recorded 17 sex offences', 7, false],
		['offences in 2016/17', 17, false],
		['offences in 2016-17', 2_016, false],
		['since 2017/18', 18, false],
	])('%j states the count %d: %s', (quote, value, states) => {
		expect(quoteStatesValue(quote, { value, unit: 'count' })).toBe(states);
	});

	it.each([
		['eight per cent of all offences', 8],
		['Eight per cent of all offences were flagged', 8],
		['an increase of 670 per cent', 670],
		['up 15%', 15],
	])('%j states %d per cent', (quote, value) => {
		expect(statedNumbers(quote).percents).toContain(value);
		expect(quoteStatesValue(quote, { value, unit: 'percent' })).toBe(true);
	});

	it.each([
		['four out of five of grooming cases', 0.8],
		['one in five offences (250)', 0.2],
		['Meta-owned products were used in almost half', 0.5],
		['under-12s making up a quarter of known victims', 0.25],
		['in more than a quarter of total instances', 0.25],
		['two thirds of victims', 2 / 3],
		['80 per cent of cases', 0.8],
	])('%j states a share of %d', (quote, value) => {
		expect(quoteStatesValue(quote, { value, unit: 'share' })).toBe(true);
	});

	it('does not read a share that is not there', () => {
		expect(quoteStatesValue('four out of five', { value: 0.25, unit: 'share' })).toBe(false);
		expect(quoteStatesValue('1,066 offences', { value: 0.5, unit: 'share' })).toBe(false);
	});
});
