// Bad input from plain JavaScript: every entry point answers with a typed result and the help lines, never a
// TypeError; every result is frozen through, so a caller cannot change later answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	compareAreas,
	createSignpost,
	DatasetValidationError,
	findAreaByOnsCode,
	getAreaHierarchy,
	getCoverage,
	getDataset,
	getFigures,
	getHelplines,
	getNational,
	getSeries,
	listAgeBands,
	listAreas,
	listMeasures,
	listSources,
	listYears,
	SignpostInputError,
	searchAreas,
} from '../index.js';

const NUMBERS = ['0800 1111', '0808 800 5000', '999'];
/** Calls as plain JavaScript makes them: no types. */
const js = (fn: unknown) => fn as (...args: unknown[]) => unknown;

function expectHelp(result: unknown): void {
	const phones = (result as { help: { services: { phone?: string }[] } }).help.services.map((s) => s.phone);
	expect(phones.slice(0, 3)).toEqual(NUMBERS);
}

function expectInvalid(result: unknown, input: string): void {
	expect(result).toMatchObject({ status: 'not-found', reason: 'invalid-query', input });
	expectHelp(result);
}

describe('the calls from the issue answer invalid-query with the help lines and the input that failed', () => {
	it.each([
		['getFigures({ area, year: 2016 })', () => js(getFigures)({ area: 'Derbyshire', year: 2016 }), 'query.year'],
		['getFigures({ area, year: {} })', () => js(getFigures)({ area: 'Derbyshire', year: {} }), 'query.year'],
		['getFigures()', () => js(getFigures)(), 'query'],
		['getFigures("Derbyshire")', () => js(getFigures)('Derbyshire'), 'query'],
		['getFigures({ area: 42 })', () => js(getFigures)({ area: 42 }), 'query.area'],
		['getFigures with a misspelt key', () => js(getFigures)({ area: 'Derbyshire', yaer: '2016/17' }), 'query'],
		['getSeries(null)', () => js(getSeries)(null), 'query'],
		['compareAreas({})', () => js(compareAreas)({}), 'query.areas'],
		['compareAreas({ areas: "Derbyshire" })', () => js(compareAreas)({ areas: 'Derbyshire' }), 'query.areas'],
		['compareAreas({ areas: [] })', () => js(compareAreas)({ areas: [] }), 'query.areas'],
		['compareAreas({ areas: [1, 2] })', () => js(compareAreas)({ areas: [1, 2] }), 'query.areas.0'],
		['getNational({ year: 2016 })', () => js(getNational)({ year: 2016 }), 'query.year'],
		['getNational("2016/17")', () => js(getNational)('2016/17'), 'query'],
		['listYears({ area: 3 })', () => js(listYears)({ area: 3 }), 'filter.area'],
		['listYears("Derbyshire")', () => js(listYears)('Derbyshire'), 'filter'],
		['searchAreas(42)', () => js(searchAreas)(42), 'text'],
		['findAreaByOnsCode(18)', () => js(findAreaByOnsCode)(18), 'code'],
		['findAreaByOnsCode("Derbyshire")', () => js(findAreaByOnsCode)('Derbyshire'), 'code'],
		['findAreaByOnsCode()', () => js(findAreaByOnsCode)(), 'code'],
		['getAreaHierarchy({ area })', () => js(getAreaHierarchy)({ area: 'Derbyshire' }), 'area'],
		['getAreaHierarchy()', () => js(getAreaHierarchy)(), 'area'],
		[
			'getAreaHierarchy with an unknown audience',
			() => js(getAreaHierarchy)('Derbyshire', { help: { audience: 'martian' } }),
			'options.help.audience',
		],
		['searchAreas("derby", { limit: -1 })', () => js(searchAreas)('derby', { limit: -1 }), 'options.limit'],
		[
			'getFigures with an unknown audience',
			() => js(getFigures)({ area: 'Derbyshire' }, { help: { audience: 'martian' } }),
			'options.help.audience',
		],
	])('%s', (_name, call, input) => {
		expectInvalid(call(), input);
	});

	it('the message names the input and never repeats the value', () => {
		const answer = js(getFigures)({ area: 'Derbyshire', year: 'a'.repeat(500) });
		expectInvalid(answer, 'query.year');
		expect((answer as { message: string }).message).toContain('query.year');
		expect((answer as { message: string }).message).not.toContain('aaaa');
	});
});

describe('null for an optional argument reads as not given', () => {
	it.each([
		['getNational(null)', () => js(getNational)(null)],
		['getNational({}, null)', () => js(getNational)({}, null)],
		['getFigures with a null year', () => js(getFigures)({ area: 'Derbyshire', year: null })],
		['listYears(null)', () => js(listYears)(null)],
		['listYears(null, null)', () => js(listYears)(null, null)],
		['getHelplines(null)', () => js(getHelplines)(null)],
		['listAreas(null)', () => js(listAreas)(null)],
		['listMeasures(null)', () => js(listMeasures)(null)],
		['listAgeBands(null)', () => js(listAgeBands)(null)],
		['findAreaByOnsCode("E23000018", null)', () => js(findAreaByOnsCode)('E23000018', null)],
		['getAreaHierarchy("Derbyshire", null)', () => js(getAreaHierarchy)('Derbyshire', null)],
		['searchAreas("derby", null)', () => js(searchAreas)('derby', null)],
	])('%s is found, with the help lines', (_name, call) => {
		const result = call();
		expect(result).toMatchObject({ status: 'found' });
		expectHelp(result);
	});

	it('a null year answers as no year: the latest held', () => {
		expect(js(getFigures)({ area: 'Derbyshire', year: null })).toEqual(getFigures({ area: 'Derbyshire' }));
	});
});

describe('help is never withheld', () => {
	it('getHelplines with a selection it cannot read gives the general help lines', () => {
		for (const selection of [42, 'child', { audience: 'martian' }, { topic: [] }, []]) {
			const result = js(getHelplines)(selection);
			expect(result).toEqual(getHelplines());
		}
	});

	it.each([
		['listAreas', listAreas],
		['listSources', listSources],
		['listMeasures', listMeasures],
		['listAgeBands', listAgeBands],
		['getCoverage', getCoverage],
		['getDataset', getDataset],
	])('%s with options it cannot read throws SignpostInputError, carrying the help lines', (_name, fn) => {
		let thrown: unknown;
		try {
			js(fn)({ help: { audience: 'martian' } });
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(SignpostInputError);
		expect(thrown).toBeInstanceOf(TypeError);
		expect((thrown as SignpostInputError).input).toBe('options.help.audience');
		expectHelp(thrown);
	});
});

describe('createSignpost without a dataset', () => {
	it.each([undefined, null, 42, 'dataset', {}, { dataset: null }])(
		'%j throws DatasetValidationError, not a TypeError',
		(options) => {
			expect(() => js(createSignpost)(options)).toThrow(DatasetValidationError);
		},
	);
});

describe('not-found reasons agree across functions', () => {
	it('2030/31 is year-outside-dataset for figures, comparisons and national figures, naming the year', () => {
		for (const answer of [
			getFigures({ area: 'Derbyshire', year: '2030/31' }),
			compareAreas({ areas: ['Derbyshire', 'Staffordshire'], year: '2030/31' }),
			getNational({ year: '2030/31' }),
		]) {
			expect(answer).toMatchObject({ status: 'not-found', reason: 'year-outside-dataset', input: 'year' });
		}
	});

	it('compareAreas names the area it could not find, by position', () => {
		const answer = compareAreas({ areas: ['Derbyshire', 'Atlantis'] });
		expect(answer).toMatchObject({ status: 'not-found', reason: 'unknown-area', input: 'areas.1' });
	});

	it('an unknown area or measure names its input everywhere', () => {
		expect(getFigures({ area: 'Atlantis' })).toMatchObject({ reason: 'unknown-area', input: 'area' });
		expect(getSeries({ area: 'Atlantis' })).toMatchObject({ reason: 'unknown-area', input: 'area' });
		expect(listYears({ area: 'Atlantis' })).toMatchObject({ reason: 'unknown-area', input: 'filter.area' });
		expect(getFigures({ area: 'Kent', measure: 'x' })).toMatchObject({ reason: 'unknown-measure', input: 'measure' });
		expect(listYears({ measure: 'x' })).toMatchObject({ reason: 'unknown-measure', input: 'filter.measure' });
	});
});

describe('results are frozen through', () => {
	it.each([
		['getDataset', () => getDataset()],
		['listAreas', () => listAreas()],
		['listSources', () => listSources()],
		['listMeasures', () => listMeasures()],
		['listAgeBands', () => listAgeBands()],
		['findAreaByOnsCode', () => findAreaByOnsCode('E23000018')],
		['getAreaHierarchy', () => getAreaHierarchy('Derbyshire')],
		['getAreaHierarchy of a nation', () => getAreaHierarchy('Wales')],
		['getCoverage', () => getCoverage()],
		['getFigures', () => getFigures({ area: 'Derbyshire', year: '2016/17' })],
		['getSeries', () => getSeries({ area: 'Derbyshire' })],
		['compareAreas', () => compareAreas({ areas: ['Derbyshire', 'Staffordshire'] })],
		['getNational', () => getNational()],
		['searchAreas', () => searchAreas('derby')],
		['listYears', () => listYears({ area: 'Derbyshire' })],
		['getHelplines', () => getHelplines()],
	])('%s', (_name, call) => {
		const seen = new Set<object>();
		const walk = (value: unknown): void => {
			if (typeof value !== 'object' || value === null || seen.has(value)) return;
			seen.add(value);
			expect(Object.isFrozen(value)).toBe(true);
			for (const child of Object.values(value)) walk(child);
		};
		walk(call());
	});

	it('changing a returned area throws, and later answers are unchanged', () => {
		const before = getFigures({ area: 'Derbyshire', year: '2016/17' });
		const [area] = listAreas().areas;
		expect(() => {
			(area as { name: string }).name = 'Cleveland Police';
		}).toThrow(TypeError);
		expect(() => {
			(getDataset().figures as unknown[]).length = 0;
		}).toThrow(TypeError);
		expect(getFigures({ area: 'Derbyshire', year: '2016/17' })).toEqual(before);
	});
});

describe('fuzz: arbitrary values at every entry point', () => {
	const anything = fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true, withSet: true });
	/** Values shaped like queries, so the fuzz reaches past the first check. */
	const queryLike = fc.record(
		{
			area: fc.oneof(fc.string(), fc.constantFrom('Derbyshire', 'Kent', 'UK', 'Scotland'), anything),
			areas: fc.oneof(fc.array(fc.oneof(fc.string(), fc.constantFrom('Derbyshire', 'Kent'))), anything),
			year: fc.oneof(fc.string(), fc.constantFrom('2016/17', '2030/31', '16-17', 'FY2019'), fc.integer(), anything),
			measure: fc.oneof(fc.string(), fc.constantFrom('child-sexual-offences', 'Offences recorded'), anything),
		},
		{ requiredKeys: [] },
	);
	const argument = fc.oneof(anything, queryLike);
	const options = fc.oneof(
		anything,
		fc.record({ help: fc.oneof(anything, fc.record({ audience: anything, topic: anything })) }),
	);

	const answers: readonly [string, (a: unknown, b: unknown) => unknown][] = [
		['getFigures', js(getFigures)],
		['getSeries', js(getSeries)],
		['compareAreas', js(compareAreas)],
		['getNational', js(getNational)],
		['searchAreas', js(searchAreas)],
		['listYears', js(listYears)],
		['findAreaByOnsCode', js(findAreaByOnsCode)],
		['getAreaHierarchy', js(getAreaHierarchy)],
		['getHelplines', (a) => js(getHelplines)(a)],
	];

	it.each(answers)('%s returns a result with the help lines for any input, never throws', (_name, fn) => {
		fc.assert(
			fc.property(argument, options, (a, b) => {
				const result = fn(a, b) as { status: string; reason?: string };
				// A string anywhere in an argument may read as a person ("SH" is self-harm): help first is an answer too.
				expect(['found', 'not-found', 'help-first']).toContain(result.status);
				expectHelp(result);
			}),
			{ numRuns: 300 },
		);
	});

	it.each([
		['listAreas', js(listAreas)],
		['listSources', js(listSources)],
		['listMeasures', js(listMeasures)],
		['listAgeBands', js(listAgeBands)],
		['getCoverage', js(getCoverage)],
		['getDataset', js(getDataset)],
	])('%s returns a result or throws SignpostInputError, nothing else', (_name, fn) => {
		fc.assert(
			fc.property(options, (b) => {
				try {
					expectHelp(fn(b));
				} catch (error) {
					expect(error).toBeInstanceOf(SignpostInputError);
				}
			}),
			{ numRuns: 200 },
		);
	});

	it('createSignpost returns an API or throws DatasetValidationError, nothing else', () => {
		fc.assert(
			fc.property(fc.oneof(anything, fc.record({ dataset: anything })), (input) => {
				try {
					js(createSignpost)(input);
				} catch (error) {
					expect(error).toBeInstanceOf(DatasetValidationError);
				}
			}),
			{ numRuns: 200 },
		);
	});
});
