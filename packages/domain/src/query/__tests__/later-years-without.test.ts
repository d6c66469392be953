import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';
import { getFigures } from '../get-figures.js';
import { getSeries } from '../get-series.js';

const dataset = getBundledDataset();

// An answer led by an old year ("Metropolitan Police Service, 2013/14") read as if it were the latest news; it now
// says which later years were looked for and hold no figure for the force.
describe('later years with no figure, under an answer led by an old year', () => {
	it('Greater Manchester Police: 2015/16 leads; 2016/17, 2018/19, 2019/20 and 2022/23 were looked for', () => {
		const answer = getFigures(dataset, { area: 'Greater Manchester' });
		if (answer.status !== 'found') throw new Error(answer.status);
		expect([answer.data.year, answer.data.laterYearsWithout]).toEqual([
			'2015/16',
			['2016/17', '2018/19', '2019/20', '2022/23'],
		]);
		const sentence =
			'Later years: Signpost holds no figure for Greater Manchester Police for 2016/17, 2018/19, 2019/20 or 2022/23, which later releases covered; ask for one of those years to see why.';
		expect(renderText(answer)).toContain(sentence);
		expect(renderMarkdown(answer)).toContain(sentence);
	});

	it('one later year is said as one: Kent Police, 2022/23', () => {
		const answer = getFigures(dataset, { area: 'Kent' });
		expect(renderText(answer)).toContain(
			'Later years: Signpost holds no figure for Kent Police for 2022/23, which a later release covered; ask for that year to see why.',
		);
	});

	it('a trend that stops early says it too, unless it was asked to stop', () => {
		const met = getSeries(dataset, { area: 'Metropolitan' });
		if (met.status !== 'found') throw new Error(met.status);
		expect(met.data.points.at(-1)?.year).toBe('2013/14');
		expect(met.data.laterYearsWithout).toEqual(['2014/15', '2015/16', '2016/17', '2018/19', '2019/20', '2022/23']);
		expect(renderText(met)).toContain(
			'Later years: Signpost holds no figure for Metropolitan Police Service for 2014/15,',
		);
		const until = getSeries(dataset, { area: 'Metropolitan', to: '2013/14' });
		expect(until.status === 'found' && until.data.laterYearsWithout).toEqual([]);
	});

	it('is not said when a year is asked for, nor for an area that is not a force', () => {
		const asked = getFigures(dataset, { area: 'Kent', year: '2019/20' });
		expect(asked.status === 'found' && asked.data.laterYearsWithout).toEqual([]);
		const uk = getFigures(dataset, { area: 'UK' });
		expect(uk.status === 'found' && uk.data.laterYearsWithout).toEqual([]);
	});

	// Every year the line names, asked for, is an answer with no figure and the ledger's reason: never a figure.
	const forces = dataset.areas.filter((a) => a.kind === 'force').map((a) => a.id);
	it.each(forces)('%s: each later year named answers "no figure" when asked, with why', (id) => {
		const answer = getFigures(dataset, { area: id });
		if (answer.status !== 'found') return;
		for (const year of answer.data.laterYearsWithout) {
			expect(year > answer.data.year).toBe(true);
			const asked = getFigures(dataset, { area: id, year, measure: answer.data.headline?.figures[0]?.measure.id });
			expect(asked).toMatchObject({ status: 'not-found', reason: 'no-published-figure' });
			expect(asked.status === 'not-found' && asked.message).toMatch(/gave the NSPCC no figures|stored reports/);
		}
	});
});
