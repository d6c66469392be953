// getSeries with a measure and a range of financial years (`from`, `to`), read as getFigures reads a year.
import { describe, expect, it } from 'vitest';
import { getSeries } from '../index.js';

const NUMBERS = ['0800 1111', '0808 800 5000', '999'];
const years = (answer: ReturnType<typeof getSeries>) =>
	answer.status === 'found' ? answer.data.points.map((p) => p.year) : [];

describe('getSeries period range', () => {
	const all = years(getSeries({ area: 'Derbyshire' }));

	it('Derbyshire holds five years, so a range can cut it', () => {
		expect(all).toEqual(['2014/15', '2015/16', '2016/17', '2017/18', '2018/19']);
	});

	it('from and to keep only the years between them, inclusive, in any year wording', () => {
		const [, second, third] = all;
		const answer = getSeries({ area: 'Derbyshire', from: second, to: third });
		expect(years(answer)).toEqual([second, third]);
		expect(answer.help.services.slice(0, 3).map((s) => s.phone)).toEqual(NUMBERS);
		const worded = getSeries({ area: 'Derbyshire', from: '2015-16', to: 'year ending March 2017' });
		expect(years(worded)).toEqual(['2015/16', '2016/17']);
	});

	it('from alone, or to alone, is open at the other end', () => {
		const [first, second] = all;
		expect(years(getSeries({ area: 'Derbyshire', from: second }))).toEqual(all.slice(1));
		expect(years(getSeries({ area: 'Derbyshire', to: first }))).toEqual([first]);
	});

	it('the measure filter and the range work together', () => {
		const answer = getSeries({ area: 'Derbyshire', measure: 'Offences recorded', from: all[0], to: all.at(-1) });
		expect(answer).toMatchObject({ status: 'found', data: { measure: { id: 'child-sexual-offences' } } });
		expect(years(answer)).toEqual(all);
	});

	it('a year that cannot be read, or outside the dataset, names the end that failed', () => {
		expect(getSeries({ area: 'Derbyshire', from: 'soon' })).toMatchObject({ reason: 'invalid-year', input: 'from' });
		expect(getSeries({ area: 'Derbyshire', to: '2030/31' })).toMatchObject({
			reason: 'year-outside-dataset',
			input: 'to',
		});
	});

	it('a reversed range is invalid-year on from, with the help lines', () => {
		const answer = getSeries({ area: 'Derbyshire', from: all.at(-1), to: all[0] });
		expect(answer).toMatchObject({ status: 'not-found', reason: 'invalid-year', input: 'from' });
		expect(answer.help.services.slice(0, 3).map((s) => s.phone)).toEqual(NUMBERS);
	});

	it('a range that is not text is invalid-query, naming it', () => {
		const js = getSeries as (...args: unknown[]) => ReturnType<typeof getSeries>;
		expect(js({ area: 'Derbyshire', from: 2016 })).toMatchObject({ reason: 'invalid-query', input: 'query.from' });
		expect(js({ area: 'Derbyshire', to: [] })).toMatchObject({ reason: 'invalid-query', input: 'query.to' });
	});
});
