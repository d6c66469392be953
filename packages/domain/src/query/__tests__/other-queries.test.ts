import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { fixtureDataset } from '../../testing.js';
import { compareAreas } from '../compare-areas.js';
import { getCoverage } from '../get-coverage.js';
import { getFigures } from '../get-figures.js';
import { getNational, isNationalArea } from '../get-national.js';
import { getSeries } from '../get-series.js';
import { yearsHeld } from '../years-held.js';

const fixture = fixtureDataset();

describe('getSeries', () => {
	it('Staffordshire: two years oldest first, with a computed change', () => {
		const answer = getSeries(fixture, { area: 'Staffordshire' });
		expect(answer.status).toBe('found');
		if (answer.status !== 'found') return;
		expect(answer.data.points.map((p) => p.year)).toEqual(['2015/16', '2016/17']);
		expect(answer.data.changes).toHaveLength(1);
		expect(answer.data.changes[0]?.computed).toBe(true);
	});

	it('Derbyshire: the disputed year carries both values and no change is computed across it', () => {
		const answer = getSeries(fixture, { area: 'Derbyshire' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		const disputed = answer.data.points.find((p) => p.year === '2015/16');
		expect(disputed?.figures.map((f) => f.figure.value).sort((a, b) => a - b)).toEqual([166, 983]);
		expect(answer.data.changes).toEqual([]);
	});

	it('does not compute a change across a gap of years', () => {
		const answer = getSeries(fixture, { area: 'Leicestershire' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.points.map((p) => p.year)).toEqual(['2014/15', '2019/20']);
		expect(answer.data.changes).toEqual([]);
	});

	it.each([
		[{ area: 'Atlantis' }, 'unknown-area'],
		[{ area: 'Kent' }, 'no-published-figure'],
		[{ area: 'Derbyshire', measure: 'nope' }, 'unknown-measure'],
	] as const)('%j is not found: %s', (query, reason) => {
		const answer = getSeries(fixture, query);
		expect(answer.status === 'not-found' && answer.reason).toBe(reason);
	});
});

describe('compareAreas', () => {
	it('Derbyshire and Staffordshire side by side in 2016/17', () => {
		const answer = compareAreas(fixture, { areas: ['Derbyshire', 'Staffs'], year: '2016/17' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.rows.map((r) => [r.area.id, r.figures.map((f) => f.figure.value)])).toEqual([
			['derbyshire', [1_066]],
			['staffordshire', [1_681]],
		]);
	});

	it('defaults to the latest year all areas hold', () => {
		const answer = compareAreas(fixture, { areas: ['Derbyshire', 'Staffordshire'] });
		expect(answer.status === 'found' && answer.data.year).toBe('2016/17');
	});

	it('an area with no figure that year is shown as such, not filled in', () => {
		const answer = compareAreas(fixture, { areas: ['Derbyshire', 'Kent'], year: '2016/17' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.rows.find((r) => r.area.id === 'kent')?.figures).toEqual([]);
	});

	it.each([
		[{ areas: ['Derbyshire', 'Atlantis'] }, 'unknown-area'],
		[{ areas: [] }, 'invalid-query'],
		[{ areas: ['Derbyshire'], year: '2030/31' }, 'year-outside-dataset'],
		[{ areas: ['Derbyshire'], year: 'soon' }, 'invalid-year'],
		[{ areas: ['Kent', 'Essex'] }, 'no-published-figure'],
	] as const)('%j is not found: %s', (query, reason) => {
		const answer = compareAreas(fixture, query);
		expect(answer.status === 'not-found' && answer.reason).toBe(reason);
	});
});

it('compareAreas says which area it could not find, by position, without repeating the name', () => {
	const answer = compareAreas(fixture, { areas: ['Derbyshire', 'Atlantis', 'Kent'] });
	if (answer.status !== 'not-found') throw new Error('expected not-found');
	expect(answer.input).toBe('areas.1');
	expect(answer.message).toBe('Area 2 of the 3 named matches no area.');
	expect(answer.message).not.toContain('Atlantis');
});

it('2030/31 is outside the dataset for figures, comparisons and national figures alike', () => {
	const answers = [
		getFigures(fixture, { area: 'Derbyshire', year: '2030/31' }),
		compareAreas(fixture, { areas: ['Derbyshire'], year: '2030/31' }),
		getNational(fixture, { year: '2030/31' }),
	];
	for (const answer of answers) {
		expect(answer.status === 'not-found' && [answer.reason, answer.input]).toEqual(['year-outside-dataset', 'year']);
	}
});

describe('getNational', () => {
	it('UK 2016/17: 64,667', () => {
		const answer = getNational(fixture, { year: '2016/17' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		expect(answer.data.figures[0]?.area.id).toBe('uk');
		expect(answer.data.figures[0]?.valueText).toBe('64,667');
		expect(answer.caveats.some((c) => c.includes('differ from year to year'))).toBe(true);
	});

	it('defaults to the latest national year', () => {
		const answer = getNational(fixture);
		expect(answer.status === 'found' && answer.data.year).toBe('2019/20');
	});

	it.each([
		[{ year: 'nope' }, 'invalid-year'],
		[{ year: '2012/13' }, 'year-outside-dataset'],
		[{ year: '2030/31' }, 'year-outside-dataset'],
		[{ year: '2017/18' }, 'no-published-figure'],
	] as const)('%j is not found: %s', (query, reason) => {
		const answer = getNational(fixture, query);
		expect(answer.status === 'not-found' && answer.reason).toBe(reason);
	});

	it('national areas are the UK, nations, the single-force nations and ungrouped groups', () => {
		expect(isNationalArea({ id: 'uk', kind: 'uk' })).toBe(true);
		expect(isNationalArea({ id: 'psni', kind: 'force' })).toBe(true);
		expect(isNationalArea({ id: 'derbyshire', kind: 'force' })).toBe(false);
		expect(isNationalArea({ id: 'south-west-five-forces', kind: 'group', members: ['dorset'] })).toBe(false);
	});
});

describe('yearsHeld and getCoverage', () => {
	it('years are financial years only, oldest first', () => {
		expect(yearsHeld(fixture, { area: 'derbyshire' })).toEqual(['2015/16', '2016/17', '2017/18', '2022/23']);
		expect(yearsHeld(fixture, { area: 'derbyshire', measure: 'sexual-communication-with-a-child' })).toEqual([
			'2017/18',
			'2022/23',
		]);
		expect(yearsHeld(fixture, { area: 'kent' })).toEqual([]);
	});

	it('coverage lists every force, with or without figures', () => {
		const coverage = getCoverage(fixture);
		expect(coverage.forcesTotal).toBe(45);
		expect(coverage.forces.find((f) => f.area.id === 'kent')?.figureCount).toBe(0);
		expect(coverage.forcesWithFigures).toBe(new Set(fixture.figures.map((f) => f.area)).size - 1);
	});

	it('coverage per release: the forces its reports name, group members, and the years and measures held', () => {
		const coverage = getCoverage(getBundledDataset());
		const byId = new Map(coverage.releases.map((r) => [r.release.id, r]));
		const august2020 = byId.get('nspcc-2020-08');
		expect(august2020?.forcesNamed.map((a) => a.id)).toEqual(
			expect.arrayContaining(['essex', 'suffolk', 'kent', 'psni', 'police-scotland']),
		);
		expect(august2020?.years.find((y) => y.year === '2019/20')?.measures).toContain('child-sexual-offences');
		const sept2023 = byId.get('nspcc-2023-08-scwc');
		// The Star names North, South and West Yorkshire only as a group total
		expect(sept2023?.forcesInGroups.map((a) => a.id)).toEqual(
			expect.arrayContaining(['south-yorkshire', 'west-yorkshire']),
		);
		expect(sept2023?.years.map((y) => y.year)).toContain('2017/18-2022/23');
		const psni = byId.get('psni-2022-02-online');
		expect(psni?.release.origin).toBe('police');
		expect(psni?.forcesNamed.map((a) => a.id)).toEqual(['psni']);
		const months = coverage.releases.flatMap((r) => (r.release.month ? [r.release.month] : []));
		expect(months).toEqual([...months].sort());
		expect(coverage.releases.reduce((n, r) => n + r.sourceCount, 0)).toBe(coverage.sourceCount);
	});

	it('coverage of a dataset without releases has none', () => {
		expect(getCoverage(fixture).releases).toEqual([]);
	});
});
