import { describe, expect, it } from 'vitest';
import { createSignpost, DatasetSchema, DatasetValidationError, getDataset } from '../index.js';
import { fixtureJson } from './support/fixture-dataset.js';

const signpost = createSignpost({ dataset: fixtureJson });

describe('createSignpost over a supplied dataset', () => {
	it('finds a known figure with its sources and quotes, from a forgiving name and year', () => {
		const answer = signpost.getFigures({ area: 'derbyshire constabulary', year: '2016-17' });
		expect(answer.status).toBe('found');
		if (answer.status !== 'found') return;
		const [first] = answer.data.figures;
		expect(first?.valueText).toBe('1,066');
		expect(first?.sources.map((s) => s.source.id)).toEqual(['nspcc-2018', 'derby-telegraph-2018']);
	});

	it('keeps the conflicting previous-year figures visible and computes no change from them', () => {
		const answer = signpost.getFigures({ area: 'Derbyshire', year: '2016/17' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.changes).toEqual([]);
		expect(answer.data.disputedPrevious.map((f) => f.figure.value).sort((a, b) => a - b)).toEqual([166, 983]);
	});

	it('computes the change where both years are held and undisputed, and labels it computed', () => {
		const answer = signpost.getFigures({ area: 'Staffordshire', year: '2016/17' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		const [change] = answer.data.changes;
		expect(change?.computed).toBe(true);
		expect(change?.percent).toBeCloseTo(((1_681 - 1_347) / 1_347) * 100, 10);
	});

	it('says "no published figure" for a known area with none, corrects a misspelling and says so, and knows no other', () => {
		const kent = signpost.getFigures({ area: 'Kent' });
		expect(kent.status === 'not-found' && kent.reason).toBe('no-published-figure');
		const typo = signpost.getFigures({ area: 'Derbyshre' });
		if (typo.status !== 'found') throw new Error(JSON.stringify(typo));
		expect(typo.data.area.id).toBe('derbyshire');
		expect(typo.resolution).toMatchObject({ kind: 'corrected', matched: 'Derbyshire' });
		const unknown = signpost.getFigures({ area: 'Qwertyville' });
		expect(unknown.status === 'not-found' && unknown.reason).toBe('unknown-area');
	});

	it('lists years, areas, sources and coverage from the supplied dataset only', () => {
		const years = signpost.listYears({ area: 'Derbyshire' });
		expect(years.status === 'found' && years.years).toEqual(['2015/16', '2016/17']);
		expect(signpost.listYears({ area: 'Kent' })).toMatchObject({ status: 'found', years: [] });
		expect(signpost.listYears({ measure: 'no-such-measure' })).toMatchObject({ reason: 'unknown-measure' });
		expect(signpost.listAreas().areas.map((a) => a.id)).toEqual(['derbyshire', 'staffordshire', 'kent', 'uk']);
		expect(signpost.listSources().sources).toHaveLength(2);
		expect(signpost.getCoverage()).toMatchObject({ forcesWithFigures: 2, forcesTotal: 3, figureCount: 6 });
		const national = signpost.getNational({ year: '2016/17' });
		expect(national.status === 'found' && national.data.figures.map((f) => f.valueText)).toEqual(['64,667']);
	});

	it('searches areas, and answers no match without repeating the text', () => {
		const found = signpost.searchAreas('staffs');
		expect(found.status === 'found' && found.areas[0]?.area.id).toBe('staffordshire');
		const none = signpost.searchAreas('zzzzzzzzzzzzzzzzzzzz');
		expect(none.status).toBe('not-found');
		if (none.status === 'not-found') expect(none.message).not.toContain('zzzz');
	});

	it('round-trips: getDataset() validates with DatasetSchema and builds the same API', () => {
		const dataset = signpost.getDataset();
		expect(DatasetSchema.safeParse(dataset).success).toBe(true);
		const again = createSignpost({ dataset });
		expect(again.getFigures({ area: 'Derbyshire', year: '2016/17' })).toEqual(
			signpost.getFigures({ area: 'Derbyshire', year: '2016/17' }),
		);
		expect(DatasetSchema.safeParse(getDataset()).success).toBe(true);
	});
});

describe('createSignpost rejects an invalid dataset, naming the path and the problem', () => {
	const broken = (change: (json: typeof fixtureJson) => unknown) => () =>
		createSignpost({ dataset: change(structuredClone(fixtureJson)) });

	type Json = typeof fixtureJson;
	const cases: [string, (json: Json) => unknown, string][] = [
		['a figure citing no source', (j) => ({ ...j, figures: [{ ...j.figures[0], sources: [] }] }), 'figures[0].sources'],
		[
			'a figure in an unknown area',
			(j) => ({ ...j, figures: [{ ...j.figures[0], area: 'atlantis' }] }),
			'figures[0].area',
		],
		['a negative value', (j) => ({ ...j, figures: [{ ...j.figures[0], value: -1 }] }), 'figures[0].value'],
		['a bad version', (j) => ({ ...j, version: 'latest' }), 'version'],
		[
			'a conflict naming a missing figure',
			(j) => ({ ...j, conflicts: [{ id: 'c', figures: ['a', 'b'], note: 'n' }] }),
			'conflicts[0].figures[0]',
		],
	];
	it.each(cases)('%s', (_name, change, path) => {
		const attempt = broken(change);
		expect(attempt).toThrow(DatasetValidationError);
		try {
			attempt();
		} catch (error) {
			const message = (error as Error).message;
			expect(message).toContain(path);
			expect((error as DatasetValidationError).issues.length).toBeGreaterThan(0);
		}
	});

	it('rejects something that is not a dataset at all', () => {
		expect(() => createSignpost({ dataset: null })).toThrow(DatasetValidationError);
		expect(() => createSignpost({ dataset: 'figures.json' })).toThrow(/validate/);
	});
});

describe('measures by id or name', () => {
	it('accepts a measure by id, short name or full name in any case, and rejects an unknown one with suggestions', () => {
		for (const measure of [
			'child-sexual-offences',
			'child sexual offences recorded',
			'Sexual offences against children recorded by the police',
		]) {
			expect(signpost.getSeries({ area: 'Staffordshire', measure }).status).toBe('found');
			expect(signpost.getFigures({ area: 'Staffordshire', year: '2016/17', measure }).status).toBe('found');
			expect(signpost.listYears({ area: 'Staffordshire', measure })).toMatchObject({ years: ['2015/16', '2016/17'] });
		}
		const unknown = signpost.getSeries({ area: 'Staffordshire', measure: 'parking tickets' });
		expect(unknown.status === 'not-found' && unknown.reason).toBe('unknown-measure');
		expect(unknown.status === 'not-found' && unknown.suggestions.map((s) => s.id)).toEqual(['child-sexual-offences']);
	});
});
