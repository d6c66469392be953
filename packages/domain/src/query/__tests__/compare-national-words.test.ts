import { describe, expect, it } from 'vitest';
import { expectSaidOnce } from '../../__tests__/support/expect-said-once.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';
import { missingHelpNumbers } from '../../testing.js';
import { WORDING } from '../../text/wording.js';
import { compareAreas } from '../compare-areas.js';
import { getFigures } from '../get-figures.js';
import { getNational } from '../get-national.js';
import { getSeries } from '../get-series.js';

// Comparisons and national figures read what people type as figures and series answers do.
const dataset = getBundledDataset();

describe('a measure by the words people use', () => {
	it('compareAreas({ areas: ["Hants", "Reading"], measure: "grooming" }) compares Sexual Communication with a Child', () => {
		const answer = compareAreas(dataset, { areas: ['Hants', 'Reading'], measure: 'grooming' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.measure.id).toBe('sexual-communication-with-a-child');
		expect(answer.data.rows.map((r) => r.area.id)).toEqual(['hampshire', 'thames-valley']);
		expect(answer.data.rows.flatMap((r) => r.figures).every((f) => f.measure.id === answer.data.measure.id)).toBe(true);
	});

	it.each([
		['SCWC', 'sexual-communication-with-a-child'],
		['grooming', 'sexual-communication-with-a-child'],
		['online', 'online-element'],
		['total', 'child-sexual-offences'],
	])('getNational({ measure: %j }) gives only %s figures', (measure, id) => {
		const answer = getNational(dataset, { measure });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.figures.length).toBeGreaterThan(0);
		expect(new Set(answer.data.figures.map((f) => f.measure.id))).toEqual(new Set([id]));
	});

	it('compare and national read a measure as figures does: one not-found, naming the input, with the measures held', () => {
		const answers = [
			getFigures(dataset, { area: 'Derbyshire', measure: 'nonsense' }),
			compareAreas(dataset, { areas: ['Derbyshire', 'Staffs'], measure: 'nonsense' }),
			getNational(dataset, { measure: 'nonsense' }),
		];
		for (const answer of answers) {
			if (answer.status !== 'not-found') throw new Error('expected not-found');
			expect([answer.reason, answer.input, answer.message]).toEqual([
				'unknown-measure',
				'measure',
				WORDING.notFound.unknownMeasure,
			]);
			expect(answer.suggestions.map((s) => s.id)).toEqual(dataset.measures.map((m) => m.id));
		}
	});

	it('a blank measure is no measure: the comparison of offences recorded, national figures for every measure', () => {
		const compare = compareAreas(dataset, { areas: ['Derbyshire', 'Staffs'], measure: '  ' });
		expect(compare.status === 'found' && compare.data.measure.id).toBe('child-sexual-offences');
		const national = getNational(dataset, { measure: ' ' });
		if (national.status !== 'found') throw new Error(JSON.stringify(national));
		const every = getNational(dataset);
		expect(every.status === 'found' && national.data).toEqual(every.status === 'found' && every.data);
	});
});

describe('a year as people write it', () => {
	it.each([
		['getNational', () => getNational(dataset, { year: '2023' }), ['2022/23', '2023/24'], 'Choose one.'],
		[
			'compareAreas',
			() => compareAreas(dataset, { areas: ['Derbyshire', 'Staffs'], year: '2023' }),
			['2022/23'],
			'Figures are held for 2022/23 only.',
		],
		[
			'getFigures',
			() => getFigures(dataset, { area: 'Kent', year: '2020' }),
			['2019/20'],
			'Figures are held for 2019/20 only.',
		],
	] as const)('%s with a calendar year asks which financial year, offering those held', (_, ask, choices, then) => {
		const answer = ask();
		if (answer.status !== 'not-found') throw new Error('expected not-found');
		expect([answer.reason, answer.input]).toEqual(['ambiguous-year', 'year']);
		expect(answer.suggestions.map((s) => s.id)).toEqual(choices);
		expect(answer.message).toMatch(
			/^20\d\d touches two financial years: 20\d\d\/\d\d \(April 20\d\d to March 20\d\d\) and /,
		);
		expect(answer.message.endsWith(then)).toBe(true);
		const text = renderText(answer);
		expect(missingHelpNumbers(text)).toEqual([]);
	});

	it('a calendar year neither of whose financial years holds a figure answers that none is published, not "choose"', () => {
		const answer = getFigures(dataset, { area: 'Kent', year: '2023' });
		if (answer.status !== 'not-found') throw new Error('expected not-found');
		expect([answer.reason, answer.input, answer.suggestions]).toEqual(['no-published-figure', 'year', []]);
		expect(answer.message).toBe(
			'2023 touches two financial years: 2022/23 (April 2022 to March 2023) and 2023/24 (April 2023 to March 2024). Signpost holds no figure for either.',
		);
		expect(answer.yearsHeld.at(-1)).toBe('2019/20');
		expect(renderText(answer)).toContain('Years held: 2012/13');
	});

	it('a series takes any year at either end, so its calendar year offers both', () => {
		const answer = getSeries(dataset, { area: 'Kent', from: '2023' });
		expect(answer.status === 'not-found' && answer.suggestions.map((s) => s.id)).toEqual(['2022/23', '2023/24']);
	});

	it('"year ending March 2023" is 2022/23 for comparisons and national figures', () => {
		const national = getNational(dataset, { year: 'year ending March 2023' });
		expect(national.status === 'found' && national.data.year).toBe('2022/23');
		const compare = compareAreas(dataset, { areas: ['Derbyshire', 'Staffs'], year: 'year ending March 2023' });
		expect(compare.status === 'found' && compare.data.year).toBe('2022/23');
	});
});

describe('how each name became its area', () => {
	it('a place says which force polices it, in the order named', () => {
		const answer = compareAreas(dataset, { areas: ['Hants', 'Reading'], measure: 'grooming' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.resolutions.map((r) => [r.kind, r.matched])).toEqual([
			['place', 'Hants'],
			['place', 'Reading'],
		]);
		expect(answer.data.resolutions[1]?.note).toBe('Reading is policed by Thames Valley Police');
	});

	it('a corrected spelling says so; an exact name says nothing', () => {
		const answer = compareAreas(dataset, { areas: ['Derbyshre', 'Staffordshire'] });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.resolutions.map((r) => r.kind)).toEqual(['corrected', 'exact']);
		for (const render of [renderText, renderMarkdown]) {
			const text = render(answer);
			expect(text).toContain('Showing Derbyshire Constabulary (spelling corrected).');
			expect(text).not.toContain('Derbyshre');
			expect(text).not.toContain('Staffordshire Police for');
		}
	});

	it('the renderers say each note once, before the figures, the same words as a figures answer', () => {
		const answer = compareAreas(dataset, { areas: ['Reading', 'Derbyshire'] });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.rows).toHaveLength(2);
		const figures = getFigures(dataset, { area: 'Reading' });
		const note = figures.resolution?.note;
		expect(note).toBe('Reading is policed by Thames Valley Police');
		expectSaidOnce(answer, `${note}.`, { before: 'Thames Valley Police,' });
	});

	it('a place named twice is said once, as named more than once, instead of silently showing one force', () => {
		const answer = compareAreas(dataset, { areas: ['Reading', 'Reading', 'Derbyshire'] });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.rows).toHaveLength(2);
		const said = 'Reading, named more than once, is policed by Thames Valley Police, so its figures are shown once.';
		expectSaidOnce(answer, said, { before: 'Thames Valley Police,', insteadOf: 'Reading is policed by' });
	});
});
