// Bad input from plain JavaScript: every entry point answers with a typed result and the help lines, never a
// TypeError; every result is frozen through, so a caller cannot change later answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as sdk from '../index.js';

const NUMBERS = ['0800 1111', '0808 800 5000', '999'];
/** Calls as plain JavaScript makes them: no types. */
const js = (fn: unknown) => fn as (...args: unknown[]) => unknown;
/** An entry point by the name a test's title shows, called as plain JavaScript calls it. */
// biome-ignore lint/performance/noDynamicNamespaceImportAccess: a test file, never bundled
const entry = (name: keyof typeof sdk) => js(sdk[name]);

function expectHelp(result: unknown): void {
	const phones = (result as { help: { services: { phone?: string }[] } }).help.services.map((s) => s.phone);
	expect(phones.slice(0, 3)).toEqual(NUMBERS);
}

function expectInvalid(result: unknown, input: string): void {
	expect(result).toMatchObject({ status: 'not-found', reason: 'invalid-query', input });
	expectHelp(result);
}

/** The functions that list what the dataset holds: they take options only, and throw on options they cannot read. */
const LISTINGS = ['listAreas', 'listSources', 'listMeasures', 'listAgeBands', 'getCoverage', 'getDataset'] as const;

describe('the calls from the issue answer invalid-query with the help lines and the input that failed', () => {
	it.each([
		['getFigures({ area, year: 2016 })', () => js(sdk.getFigures)({ area: 'Derbyshire', year: 2016 }), 'query.year'],
		['getFigures({ area, year: {} })', () => js(sdk.getFigures)({ area: 'Derbyshire', year: {} }), 'query.year'],
		['getFigures()', () => js(sdk.getFigures)(), 'query'],
		['getFigures("Derbyshire")', () => js(sdk.getFigures)('Derbyshire'), 'query'],
		['getFigures({ area: 42 })', () => js(sdk.getFigures)({ area: 42 }), 'query.area'],
		['getFigures with a misspelt key', () => js(sdk.getFigures)({ area: 'Derbyshire', yaer: '2016/17' }), 'query'],
		['getSeries(null)', () => js(sdk.getSeries)(null), 'query'],
		['compareAreas({})', () => js(sdk.compareAreas)({}), 'query.areas'],
		['compareAreas({ areas: "Derbyshire" })', () => js(sdk.compareAreas)({ areas: 'Derbyshire' }), 'query.areas'],
		['compareAreas({ areas: [] })', () => js(sdk.compareAreas)({ areas: [] }), 'query.areas'],
		['compareAreas({ areas: [1, 2] })', () => js(sdk.compareAreas)({ areas: [1, 2] }), 'query.areas.0'],
		['getNational({ year: 2016 })', () => js(sdk.getNational)({ year: 2016 }), 'query.year'],
		['getNational("2016/17")', () => js(sdk.getNational)('2016/17'), 'query'],
		['listYears({ area: 3 })', () => js(sdk.listYears)({ area: 3 }), 'filter.area'],
		['listYears("Derbyshire")', () => js(sdk.listYears)('Derbyshire'), 'filter'],
		['searchAreas(42)', () => js(sdk.searchAreas)(42), 'text'],
		['findAreaByOnsCode(18)', () => js(sdk.findAreaByOnsCode)(18), 'code'],
		['findAreaByOnsCode("Derbyshire")', () => js(sdk.findAreaByOnsCode)('Derbyshire'), 'code'],
		['findAreaByOnsCode()', () => js(sdk.findAreaByOnsCode)(), 'code'],
		['getAreaHierarchy({ area })', () => js(sdk.getAreaHierarchy)({ area: 'Derbyshire' }), 'area'],
		['getAreaHierarchy()', () => js(sdk.getAreaHierarchy)(), 'area'],
		[
			'getAreaHierarchy with an unknown audience',
			() => js(sdk.getAreaHierarchy)('Derbyshire', { help: { audience: 'martian' } }),
			'options.help.audience',
		],
		['searchAreas("derby", { limit: -1 })', () => js(sdk.searchAreas)('derby', { limit: -1 }), 'options.limit'],
		[
			'getFigures with an unknown audience',
			() => js(sdk.getFigures)({ area: 'Derbyshire' }, { help: { audience: 'martian' } }),
			'options.help.audience',
		],
	])('%s', (_name, call, input) => {
		expectInvalid(call(), input);
	});

	it('the message names the input and never repeats the value', () => {
		const answer = js(sdk.getFigures)({ area: 'Derbyshire', year: 'a'.repeat(500) });
		expectInvalid(answer, 'query.year');
		expect((answer as { message: string }).message).toContain('query.year');
		expect((answer as { message: string }).message).not.toContain('aaaa');
	});
});

describe('null for an optional argument reads as not given', () => {
	it.each([
		['getNational(null)', () => js(sdk.getNational)(null)],
		['getNational({}, null)', () => js(sdk.getNational)({}, null)],
		['getFigures with a null year', () => js(sdk.getFigures)({ area: 'Derbyshire', year: null })],
		['listYears(null)', () => js(sdk.listYears)(null)],
		['listYears(null, null)', () => js(sdk.listYears)(null, null)],
		['getHelplines(null)', () => js(sdk.getHelplines)(null)],
		['listAreas(null)', () => js(sdk.listAreas)(null)],
		['listMeasures(null)', () => js(sdk.listMeasures)(null)],
		['listAgeBands(null)', () => js(sdk.listAgeBands)(null)],
		['findAreaByOnsCode("E23000018", null)', () => js(sdk.findAreaByOnsCode)('E23000018', null)],
		['getAreaHierarchy("Derbyshire", null)', () => js(sdk.getAreaHierarchy)('Derbyshire', null)],
		['searchAreas("derby", null)', () => js(sdk.searchAreas)('derby', null)],
	])('%s is found, with the help lines', (_name, call) => {
		const result = call();
		expect(result).toMatchObject({ status: 'found' });
		expectHelp(result);
	});

	it('a null year answers as no year: the latest held', () => {
		expect(js(sdk.getFigures)({ area: 'Derbyshire', year: null })).toEqual(sdk.getFigures({ area: 'Derbyshire' }));
	});
});

describe('help is never withheld', () => {
	it('getHelplines with a selection it cannot read gives the general help lines', () => {
		for (const selection of [42, 'child', { audience: 'martian' }, { topic: [] }, []]) {
			const result = js(sdk.getHelplines)(selection);
			expect(result).toEqual(sdk.getHelplines());
		}
	});

	it.each(LISTINGS)('%s with options it cannot read throws SignpostInputError, carrying the help lines', (name) => {
		let thrown: unknown;
		try {
			entry(name)({ help: { audience: 'martian' } });
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(sdk.SignpostInputError);
		expect(thrown).toBeInstanceOf(TypeError);
		expect((thrown as sdk.SignpostInputError).input).toBe('options.help.audience');
		expectHelp(thrown);
	});
});

describe('createSignpost without a dataset', () => {
	it.each([undefined, null, 42, 'dataset', {}, { dataset: null }])(
		'%j throws DatasetValidationError, not a TypeError',
		(options) => {
			expect(() => js(sdk.createSignpost)(options)).toThrow(sdk.DatasetValidationError);
		},
	);
});

describe('not-found reasons agree across functions', () => {
	it('2030/31 is year-outside-dataset for figures, comparisons and national figures, naming the year', () => {
		for (const answer of [
			sdk.getFigures({ area: 'Derbyshire', year: '2030/31' }),
			sdk.compareAreas({ areas: ['Derbyshire', 'Staffordshire'], year: '2030/31' }),
			sdk.getNational({ year: '2030/31' }),
		]) {
			expect(answer).toMatchObject({ status: 'not-found', reason: 'year-outside-dataset', input: 'year' });
		}
	});

	it('compareAreas names the area it could not find, by position', () => {
		const answer = sdk.compareAreas({ areas: ['Derbyshire', 'Atlantis'] });
		expect(answer).toMatchObject({ status: 'not-found', reason: 'unknown-area', input: 'areas.1' });
	});

	it('an unknown area or measure names its input everywhere', () => {
		expect(sdk.getFigures({ area: 'Atlantis' })).toMatchObject({ reason: 'unknown-area', input: 'area' });
		expect(sdk.getSeries({ area: 'Atlantis' })).toMatchObject({ reason: 'unknown-area', input: 'area' });
		expect(sdk.listYears({ area: 'Atlantis' })).toMatchObject({ reason: 'unknown-area', input: 'filter.area' });
		expect(sdk.getFigures({ area: 'Kent', measure: 'x' })).toMatchObject({
			reason: 'unknown-measure',
			input: 'measure',
		});
		expect(sdk.listYears({ measure: 'x' })).toMatchObject({ reason: 'unknown-measure', input: 'filter.measure' });
	});
});

describe('results are frozen through', () => {
	it.each([
		['getDataset', () => sdk.getDataset()],
		['listAreas', () => sdk.listAreas()],
		['listSources', () => sdk.listSources()],
		['listMeasures', () => sdk.listMeasures()],
		['listAgeBands', () => sdk.listAgeBands()],
		['findAreaByOnsCode', () => sdk.findAreaByOnsCode('E23000018')],
		['getAreaHierarchy', () => sdk.getAreaHierarchy('Derbyshire')],
		['getAreaHierarchy of a nation', () => sdk.getAreaHierarchy('Wales')],
		['getCoverage', () => sdk.getCoverage()],
		['getFigures', () => sdk.getFigures({ area: 'Derbyshire', year: '2016/17' })],
		['getSeries', () => sdk.getSeries({ area: 'Derbyshire' })],
		['compareAreas', () => sdk.compareAreas({ areas: ['Derbyshire', 'Staffordshire'] })],
		['getNational', () => sdk.getNational()],
		['searchAreas', () => sdk.searchAreas('derby')],
		['listYears', () => sdk.listYears({ area: 'Derbyshire' })],
		['getHelplines', () => sdk.getHelplines()],
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
		const before = sdk.getFigures({ area: 'Derbyshire', year: '2016/17' });
		const [area] = sdk.listAreas().areas;
		expect(() => {
			(area as { name: string }).name = 'Cleveland Police';
		}).toThrow(TypeError);
		expect(() => {
			(sdk.getDataset().figures as unknown[]).length = 0;
		}).toThrow(TypeError);
		expect(sdk.getFigures({ area: 'Derbyshire', year: '2016/17' })).toEqual(before);
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

	/** The functions that answer anything with a result (found, not found or help first) and the help lines. */
	const ANSWERING = [
		'getFigures',
		'getSeries',
		'compareAreas',
		'getNational',
		'searchAreas',
		'listYears',
		'findAreaByOnsCode',
		'getAreaHierarchy',
	] as const;
	const answers: readonly (readonly [string, (a: unknown, b: unknown) => unknown])[] = [
		...ANSWERING.map((name) => [name, entry(name)] as const),
		['getHelplines', (a) => entry('getHelplines')(a)],
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

	it.each(LISTINGS)('%s returns a result or throws SignpostInputError, nothing else', (name) => {
		fc.assert(
			fc.property(options, (b) => {
				try {
					expectHelp(entry(name)(b));
				} catch (error) {
					expect(error).toBeInstanceOf(sdk.SignpostInputError);
				}
			}),
			{ numRuns: 200 },
		);
	});

	it('createSignpost returns an API or throws DatasetValidationError, nothing else', () => {
		fc.assert(
			fc.property(fc.oneof(anything, fc.record({ dataset: anything })), (input) => {
				try {
					js(sdk.createSignpost)(input);
				} catch (error) {
					expect(error).toBeInstanceOf(sdk.DatasetValidationError);
				}
			}),
			{ numRuns: 200 },
		);
	});
});
