import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getFigures } from '../../query/get-figures.js';
import { rowsByAnswer } from '../../testing/rows-by-answer.js';
import { readYearText as readYear } from '../read-year-text.js';

function yearOf(text: string): string {
	const reading = readYear(text);
	return reading.kind === 'year' || reading.kind === 'span' ? reading.year.id : reading.kind;
}

describe('readYear', () => {
	it.each(
		rowsByAnswer({
			'2022/23': [
				'2022/23',
				'2022-23',
				'22/23',
				'FY2022/23',
				'FY 22/23',
				'FY2022-23',
				'year ending March 2023',
				'Year ending 31 March 2023',
				'the year to March 2023',
				'April 2022 to March 2023',
				'2017/18-2022/23',
				'2017/18 to 2022/23',
			],
			latest: ['latest', 'newest', 'most recent year', '', 'diweddaraf' /* in Welsh */],
			'2019/20': [
				'financial year 2019',
				'Financial year 2019/20',
				'financial year ending March 2020',
				'y/e March 2020',
				'March 2020',
				'mar 2020',
				'April 2019',
				'December 2019',
				'January 2020',
				// in Welsh
				'blwyddyn ariannol 2019',
				'Mawrth 2020',
				'Ebrill 2019',
				'Rhagfyr 2019',
			],
			ambiguous: ['2023'],
			invalid: ['2016/18', 'March'],
		}),
	)('"%s" reads as %s', (text, expected) => {
		expect(yearOf(text)).toBe(expected);
	});

	it('offers both financial years a calendar year touches', () => {
		const reading = readYear('2023');
		expect(reading.kind === 'ambiguous' && reading.choices.map((y) => y.id)).toEqual(['2022/23', '2023/24']);
	});
});

describe('years in a figures question', () => {
	const dataset = getBundledDataset();

	it('answers a bare calendar year with the two financial years as choices', () => {
		const answer = getFigures(dataset, { area: 'UK', year: '2023' });
		expect(answer.status === 'not-found' && answer.reason).toBe('ambiguous-year');
		if (answer.status !== 'not-found') return;
		expect(answer.suggestions.map((s) => s.id)).toEqual(['2022/23', '2023/24']);
		expect(answer.message).toBe(
			'2023 touches two financial years: 2022/23 (April 2022 to March 2023) and 2023/24 (April 2023 to March 2024). Choose one.',
		);
		for (const choice of answer.suggestions) expect(readYear(choice.name).kind).toBe('year');
	});

	it('reads press forms and spans as the same year', () => {
		const plain = getFigures(dataset, { area: 'UK', year: '2022/23' });
		for (const year of ['year ending March 2023', 'FY2022/23', '22/23', '2022-23', '2017/18-2022/23']) {
			const answer = getFigures(dataset, { area: 'UK', year });
			expect(answer.status === 'found' && answer.data.year, year).toBe(plain.status === 'found' && plain.data.year);
		}
		const latest = getFigures(dataset, { area: 'UK', year: 'latest' });
		const none = getFigures(dataset, { area: 'UK' });
		expect(latest.status === 'found' && latest.data.year).toBe(none.status === 'found' && none.data.year);
	});
});
