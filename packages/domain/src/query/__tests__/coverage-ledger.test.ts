import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { fixtureDataset } from '../../testing.js';
import { noFigureFound } from '../../text/coverage-wording.js';
import { getCoverage, RECENT_TOTAL_FROM } from '../get-coverage.js';
import { getFigures } from '../get-figures.js';
import { whyNoFigure } from '../why-no-figure.js';

const data = getBundledDataset();
const coverage = getCoverage(data);
const area = (id: string) => {
	const found = data.areas.find((a) => a.id === id);
	if (!found) throw new Error(id);
	return found;
};

describe('getCoverage: every force in every release', () => {
	it('gives every release a row per force, with the ledger’s outcome', () => {
		for (const release of coverage.releases) {
			expect(release.forces.map((f) => f.area.id)).toEqual(coverage.forces.map((f) => f.area.id));
			expect(release.forces.every((f) => f.outcome !== 'not-recorded')).toBe(true);
		}
		expect(coverage.ledger.entries).toBe(coverage.releases.length * coverage.forcesTotal);
		expect(coverage.ledger.releasesCovered).toBe(coverage.releases.length);
	});

	it('says how many stored reports of the release were read where a force was searched and not found', () => {
		const january2024 = coverage.releases.find((r) => r.release.id === 'nspcc-2024-01');
		const surrey = january2024?.forces.find((f) => f.area.id === 'surrey');
		expect(surrey?.outcome).toBe('not-found');
		expect(january2024?.reportsRead).toBeGreaterThan(5);
		expect(surrey?.sentence).toBe(
			`Signpost holds no figure for Surrey for 2022/23; ${january2024?.reportsRead} stored reports of the release (NSPCC FOI release, January 2024) were read.`,
		);
	});

	it('names the page and date for a force that gave the NSPCC no figures', () => {
		const august2020 = coverage.releases.find((r) => r.release.id === 'nspcc-2020-08');
		const gmp = august2020?.forces.find((f) => f.area.id === 'greater-manchester');
		expect(gmp?.outcome).toBe('did-not-answer');
		expect(gmp?.sentence).toBe(
			'Greater Manchester gave the NSPCC no figures for 2019/20 (ITV News Granada, 2020-08-07).',
		);
	});

	it('counts the forces whose latest reported total is for 2021/22 or later, and with computed totals', () => {
		const recent = coverage.latestTotals.filter((f) => (f.reported ?? '') >= RECENT_TOTAL_FROM);
		expect(coverage.recentTotals.reported).toBe(recent.length);
		expect(recent.some((f) => f.area.id === 'dorset')).toBe(true);
		expect(coverage.recentTotals.withComputed).toBe(coverage.recentTotals.reported + 2);
		expect(coverage.latestTotals.find((f) => f.area.id === 'cleveland')?.derived).toBe('2022/23');
	});

	it('holds no ledger rows for a dataset without a ledger', () => {
		const fixture = getCoverage(fixtureDataset());
		expect(fixture.ledger.entries).toBe(0);
		expect(fixture.releases.flatMap((r) => r.forces).every((f) => f.outcome === 'not-recorded')).toBe(true);
	});
});

describe('whyNoFigure', () => {
	it('says a force searched and not found for the year its release asked for', () => {
		expect(whyNoFigure(data, area('surrey'), '2022/23', 'child-sexual-offences')).toMatch(
			/^Signpost holds no figure for Surrey for 2022\/23; \d+ stored reports of the release \(NSPCC FOI release, January 2024\) were read\.$/,
		);
	});

	it('names the measure asked about when it is not the total of offences recorded', () => {
		expect(whyNoFigure(data, area('durham'), '2022/23', 'sexual-communication-with-a-child')).toMatch(
			/^Signpost holds no Sexual Communication with a Child figure for Durham for 2022\/23; \d+ stored reports of the release \(NSPCC analysis, August 2023 .*\) were read\.$/,
		);
	});

	it('reads as a sentence for a release with one stored report', () => {
		expect(noFigureFound('Surrey', '2022/23', 'a release', 1)).toBe(
			'Signpost holds no figure for Surrey for 2022/23; 1 stored report of the release (a release) was read.',
		);
	});

	it('says a force gave the NSPCC no figures, with the page and its date', () => {
		expect(whyNoFigure(data, area('cheshire'), '2018/19', 'child-sexual-offences')).toBe(
			'Cheshire gave the NSPCC no figures for 2018/19 (The Lincolnite, 2019-10-24).',
		);
	});

	it('says nothing for a region, or for a year no release asked for as its latest', () => {
		expect(whyNoFigure(data, area('london'), '2022/23', 'child-sexual-offences')).toBeUndefined();
		expect(whyNoFigure(data, area('surrey'), '2010/11', 'child-sexual-offences')).toBeUndefined();
	});

	it('is what a not-found answer says for the force and year', () => {
		const answer = getFigures(data, { area: 'Cheshire', year: '2018/19' });
		expect(answer.status).toBe('not-found');
		if (answer.status === 'not-found')
			expect(answer.message).toContain('Cheshire gave the NSPCC no figures for 2018/19 (The Lincolnite, 2019-10-24).');
	});
});
