// The top-level functions over the bundled dataset. The dataset is still being filled, so expectations are derived
// from it, or checked against the figures the source articles are known to give wherever the dataset holds that
// area and year.
import { describe, expect, it } from 'vitest';
import { answerFigures, getDataset, getFigures, getNational, listYears } from '../index.js';

const dataset = getDataset();
const yearFigures = dataset.figures.filter((f) => !f.period.includes('-'));

/** Figures the source articles give (child sexual offences recorded). */
const KNOWN: readonly { area: string; year: string; value: number }[] = [
	{ area: 'derbyshire', year: '2016/17', value: 1_066 },
	{ area: 'derbyshire', year: '2015/16', value: 983 },
	{ area: 'staffordshire', year: '2016/17', value: 1_681 },
	{ area: 'staffordshire', year: '2015/16', value: 1_347 },
	{ area: 'cambridgeshire', year: '2016/17', value: 746 },
	{ area: 'leicestershire', year: '2019/20', value: 1_238 },
	{ area: 'uk', year: '2016/17', value: 64_667 },
	{ area: 'uk', year: '2019/20', value: 73_518 },
];

describe('the bundled dataset through the SDK', () => {
	it('reaches every single-year figure through getFigures, with its sources', () => {
		for (const figure of yearFigures) {
			const answer = getFigures({ area: figure.area, year: figure.period, measure: figure.measure });
			expect(answer.status, `${figure.id}`).toBe('found');
			const shown = answerFigures(answer).find((view) => view.figure.id === figure.id);
			expect(shown?.sources.length, `${figure.id}`).toBe(figure.sources.length);
		}
	});

	it('lists exactly the years that hold figures', () => {
		const years = listYears();
		expect(years.status === 'found' && years.years).toEqual([...new Set(yearFigures.map((f) => f.period))].sort());
	});

	it.each(KNOWN)(
		'$area $year: where the dataset holds the year, the known figure $value is among those shown',
		(known) => {
			const held = dataset.figures.some(
				(f) => f.area === known.area && f.period === known.year && f.measure === 'child-sexual-offences',
			);
			const answer = getFigures({ area: known.area, year: known.year, measure: 'child-sexual-offences' });
			expect(answer.status).toBe(held ? 'found' : 'not-found');
			if (answer.status === 'found') {
				expect(answerFigures(answer).map((f) => f.figure.value)).toContain(known.value);
			} else {
				expect(answer.status === 'not-found' && answer.reason).not.toBe('unknown-area');
			}
		},
	);

	it('answers a national question for every year with a UK figure', () => {
		for (const year of new Set(yearFigures.filter((f) => f.area === 'uk').map((f) => f.period))) {
			expect(getNational({ year }).status).toBe('found');
		}
	});
});

describe('years from different releases', () => {
	it('returns the previous year from another release among the figures, with the reason and no computed change', () => {
		const answer = getFigures({ area: 'Kent', year: '2014/15' });
		if (answer.status !== 'found' || answer.kind !== 'figures') throw new Error('Kent 2014/15 is held');
		const [pair] = answer.data.notCompared;
		expect(pair?.reason).toMatch(/^Not compared: the two years come from different releases/);
		expect(answer.data.changes.some((c) => c.from.figure.period === '2013/14')).toBe(false);
		const ids = answerFigures(answer).map((f) => f.figure.id);
		expect(ids).toContain(pair?.from.figure.id);
		expect(ids).toContain(pair?.to.figure.id);
	});
});
