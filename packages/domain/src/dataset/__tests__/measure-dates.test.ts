// A measure has the dates it exists (issue 24): the in-force data with its sources, and the dataset validation that
// refuses a figure for a year before its offence existed unless a note explains it.
import { describe, expect, it } from 'vitest';
import { financialYearOfDate, inForceFor, inForceYear } from '../../measure/in-force.js';
import { getFigures } from '../../query/get-figures.js';
import { renderText } from '../../render/render-answer.js';
import { fixtureInput } from '../../testing.js';
import { getBundledDataset } from '../bundled-dataset.js';
import { createDataset } from '../create-dataset.js';
import { DatasetValidationError } from '../dataset-validation-error.js';

const data = getBundledDataset();
const scwc = data.measures.find((m) => m.id === 'sexual-communication-with-a-child');
const cic = data.measures.find((m) => m.id === 'communicating-indecently-with-a-child');

/** The fixture with one figure changed. */
function withFigure(id: string, change: Record<string, unknown>) {
	return { ...fixtureInput, figures: fixtureInput.figures.map((f) => (f.id === id ? { ...f, ...change } : f)) };
}

/** The validation messages createDataset throws for an input, or none. */
function problems(input: unknown): string[] {
	try {
		createDataset(input);
		return [];
	} catch (error) {
		if (!(error instanceof DatasetValidationError)) throw error;
		return error.issues.map((i) => i.message);
	}
}

describe('when each offence came into force, with its source', () => {
	it('Sexual Communication with a Child: 3 April 2017 in England and Wales, Serious Crime Act 2015 section 67', () => {
		const ew = scwc && inForceFor(scwc, ['england']);
		expect(ew?.nations).toEqual(['england', 'wales']);
		expect(ew?.from).toBe('2017-04-03');
		expect(ew?.law).toContain('Serious Crime Act 2015, section 67');
		expect(ew?.sources[0]?.quote).toContain('The provisions come into effect on 3 April 2017');
		expect(ew?.sources[0]?.quote).toContain('The new offence will apply in England and Wales.');
		expect(ew?.sources[0]?.published).toBe('2017-04-02');
		expect(scwc && inForceYear(scwc, ['wales'])).toBe('2017/18');
	});

	it('Northern Ireland by its own law, February 2017 as the stored pages say, with what they leave unsettled', () => {
		const ni = scwc && inForceFor(scwc, ['northern-ireland']);
		expect(ni?.from).toBe('2017-02');
		expect(ni?.law).toContain('Justice Act (Northern Ireland) 2015');
		expect(ni?.sources.map((s) => s.quote).join(' ')).toContain(
			'The offence came into force in February 2017 in Northern Ireland',
		);
		expect(ni?.note).toContain('last February');
		expect(scwc && inForceYear(scwc, ['northern-ireland'])).toBe('2016/17');
	});

	it('Scotland: not this offence; its own, Communicating Indecently with a Child, from 1 December 2010', () => {
		expect(scwc && inForceFor(scwc, ['scotland'])).toBeUndefined();
		const scotland = cic && inForceFor(cic, ['scotland']);
		expect(scotland?.from).toBe('2010-12-01');
		expect(scotland?.law).toBe('Sexual Offences (Scotland) Act 2009');
		expect(scotland?.sources[0]?.quote).toContain(
			'On 1st December 2010, the new Sexual Offences (Scotland) Act came into force',
		);
	});

	it('a UK figure counts from the earliest nation it covers; a date in February falls in the year before April', () => {
		expect(scwc && inForceYear(scwc, ['england', 'wales', 'scotland', 'northern-ireland'])).toBe('2016/17');
		expect(financialYearOfDate('2017-04-03')).toBe('2017/18');
		expect(financialYearOfDate('2017-03-31')).toBe('2016/17');
		expect(financialYearOfDate('2010-12-01')).toBe('2010/11');
	});

	it('every in-force source is quoted and dated or says why not', () => {
		for (const measure of data.measures)
			for (const entry of measure.inForce)
				for (const source of entry.sources) {
					expect(source.quote.length, source.url).toBeGreaterThan(20);
					if (source.published === 'not-shown') expect(source.publishedNote, source.url).toBeTruthy();
				}
	});
});

describe('dataset validation: a figure before its offence existed', () => {
	it('the bundled data hold none, and none needs a note', () => {
		expect(problems(data)).toEqual([]);
		expect(data.figures.filter((f) => f.inForceNote)).toEqual([]);
	});

	it('refuses a Sexual Communication with a Child figure for 2016/17 in England', () => {
		expect(problems(withFigure('derbyshire-2017-18-scwc', { period: '2016/17' }))).toEqual([
			expect.stringMatching(
				/derbyshire-2017-18-scwc counts sexual-communication-with-a-child in 2016\/17, before the offence came into force in england and wales \(2017-04-03, so 2017\/18\)/,
			),
		]);
	});

	it('accepts it with a note explaining it, and refuses a note where none is needed', () => {
		const note = 'The source labels the first months of the offence with the year before.';
		expect(problems(withFigure('derbyshire-2017-18-scwc', { period: '2016/17', inForceNote: note }))).toEqual([]);
		expect(problems(withFigure('derbyshire-2017-18-scwc', { inForceNote: note }))).toEqual([
			expect.stringContaining('has an inForceNote, but 2017/18 is not before'),
		]);
	});

	it('a span reaching back before the offence is refused too; Scotland has no date for this offence', () => {
		expect(problems(withFigure('uk-2017-18-2022-23-scwc', { period: '2015/16-2022/23' }))).toEqual([
			expect.stringContaining('uk-2017-18-2022-23-scwc counts sexual-communication-with-a-child in 2015/16-2022/23'),
		]);
		expect(problems(withFigure('derbyshire-2017-18-scwc', { area: 'police-scotland', period: '2015/16' }))).toEqual([]);
	});

	it('Greater Manchester’s grooming count is 2017/18 and its default answer names that year (issue 24)', () => {
		const gm = data.figures.filter((f) => f.area === 'greater-manchester' && f.measure === scwc?.id);
		expect(gm.map((f) => f.period)).toEqual(['2017/18']);
		const answer = getFigures(data, { area: 'Greater Manchester' });
		expect(answer.status === 'found' && answer.data.year).toBe('2015/16');
		const text = renderText(answer);
		expect(text).toContain('Sexual Communication with a Child, 2017/18: 296');
		expect(text).not.toMatch(/Sexual Communication with a Child: 296/);
	});
});
