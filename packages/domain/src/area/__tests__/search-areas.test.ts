import { describe, expect, it } from 'vitest';
import { resolveArea } from '../../query/resolve-area.js';
import { rowsByAnswer } from '../../testing/rows-by-answer.js';
import { fixtureDataset } from '../../testing.js';
import { editDistance } from '../edit-distance.js';
import { normalizeAreaName } from '../normalize-area-name.js';
import { searchAreas } from '../search-areas.js';

const fixture = fixtureDataset();

const first = (text: string) => searchAreas(fixture, text)[0]?.area.id;

describe('normalizeAreaName', () => {
	it.each([
		['Avon & Somerset Constabulary', 'avon and somerset'],
		['thames_valley-police', 'thames valley'],
		['The Met', 'met'],
		['  DERBYSHIRE   Police  ', 'derbyshire'],
		['Police Service of Northern Ireland', 'police service of northern ireland'],
		['Dyfed-Powys Police', 'dyfed powys'],
	])('%j → %j', (text, folded) => {
		expect(normalizeAreaName(text)).toBe(folded);
	});
});

describe('editDistance', () => {
	it('counts edits and adjacent swaps, capped at max + 1', () => {
		expect(editDistance('derbyshre', 'derbyshire', 2)).toBe(1);
		expect(editDistance('dreby', 'derby', 2)).toBe(1);
		expect(editDistance('kent', 'kent', 1)).toBe(0);
		expect(editDistance('kent', 'essex', 1)).toBe(2);
	});
});

describe('searchAreas', () => {
	it.each(
		rowsByAnswer({
			derbyshire: ['derbyshire', 'DERBYSHIRE', 'Derbyshire Constabulary', 'derbyshre'],
			'avon-and-somerset': ['Avon & Somerset Constabulary', 'avon and somerset police'],
			'thames-valley': ['thames_valley', 'Thames-Valley'],
			nottinghamshire: ['Notts'],
			metropolitan: ['the Met'],
			staffordshire: ['staffordshre police'],
		}),
	)('%j finds %j first', (text, id) => {
		expect(first(text)).toBe(id);
	});

	it('"West Midlands" gives the force before the region', () => {
		const ids = searchAreas(fixture, 'West Midlands').map((m) => m.area.id);
		expect(ids[0]).toBe('west-midlands');
		expect(ids).toContain('west-midlands-region');
		expect(ids.indexOf('west-midlands')).toBeLessThan(ids.indexOf('west-midlands-region'));
	});

	it('scores best first and respects the limit', () => {
		const matches = searchAreas(fixture, 'shire', 5);
		expect(matches.length).toBeLessThanOrEqual(5);
		for (let i = 1; i < matches.length; i++)
			expect(matches[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(matches[i]?.score ?? 0);
		expect(searchAreas(fixture, 'derby', 0)).toEqual([]);
	});

	it('an empty query lists every area, the UK and the nations first', () => {
		const all = searchAreas(fixture, '', 1_000);
		expect(all).toHaveLength(fixture.areas.length);
		const kinds = all.map((m) => m.area.kind);
		const firstOther = kinds.findIndex((kind) => kind !== 'uk' && kind !== 'nation');
		expect(kinds.slice(firstOther).some((kind) => kind === 'uk' || kind === 'nation')).toBe(false);
	});

	it('finds nothing close for an unknown place', () => {
		expect(searchAreas(fixture, 'Atlantis').every((m) => m.score < 0.6)).toBe(true);
	});
});

describe('resolveArea', () => {
	it('resolves ids, names, aliases and a clear typo', () => {
		for (const [text, id] of [
			['kent', 'kent'],
			['Kent Police', 'kent'],
			['Staffs', 'staffordshire'],
			['derbyshre', 'derbyshire'],
			['West Midlands', 'west-midlands'],
		] as const) {
			const resolved = resolveArea(fixture, text);
			expect(resolved.status === 'found' ? resolved.area.id : resolved.status).toBe(id);
		}
	});

	it('does not guess: an unknown name is not found, with at most five suggestions', () => {
		const resolved = resolveArea(fixture, 'Atlantis');
		expect(resolved.status).toBe('not-found');
		if (resolved.status === 'not-found') expect(resolved.suggestions.length).toBeLessThanOrEqual(5);
	});
});
