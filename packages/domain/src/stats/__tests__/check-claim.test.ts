import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import type { Claim } from '../../schema/claim.js';
import type { Qualifier } from '../../schema/qualifier.js';
import { fixtureDataset } from '../../testing.js';
import { agreesWith, checkClaim } from '../check-claim.js';

const fixture = fixtureDataset();

function claim(id: string): Claim {
	const found = fixture.claims.find((c) => c.id === id);
	if (!found) throw new Error(`fixture has no claim ${id}`);
	return found;
}

describe('agreesWith', () => {
	it.each<[computed: number, stated: number, qualifier: Qualifier, agrees: boolean]>([
		// exact: within the rounding the source used
		[15.06, 15, 'exact', true],
		[14.6, 15, 'exact', true],
		[14.4, 15, 'exact', false],
		[8.44, 8.4, 'exact', true],
		[8.46, 8.4, 'exact', false],
		// over and more than: at or above the stated value
		[200.9, 200, 'over', true],
		[200, 200, 'more-than', true],
		[199.6, 200, 'over', false],
		[190, 200, 'more-than', false],
		// at least: at or above
		[3, 3, 'at-least', true],
		[2.4, 3, 'at-least', false],
		// almost and nearly: a little below, not above
		[179, 200, 'almost', false],
		[195, 200, 'almost', true],
		[59_000, 60_000, 'nearly', true],
		[61_000, 60_000, 'nearly', false],
		// about: within ten per cent either way
		[108, 100, 'about', true],
		[92, 100, 'about', true],
		[111, 100, 'about', false],
	])('agreesWith(%s, %s, %s) is %s', (computed, stated, qualifier, agrees) => {
		expect(agreesWith(computed, stated, qualifier)).toBe(agrees);
	});
});

describe('checkClaim', () => {
	it('reproduces "up 25 per cent from 1,347" to 1,681', () => {
		const check = checkClaim(fixture, claim('staffordshire-2016-17-up-25-per-cent'));
		expect(check.computed).toBeCloseTo(((1_681 - 1_347) / 1_347) * 100, 10);
		expect(check.reproduces).toBe(true);
	});

	it('reproduces "one offence every eight minutes" from 64,667 in 2016/17', () => {
		const check = checkClaim(fixture, claim('uk-2016-17-every-eight-minutes'));
		expect(check.computed).toBeCloseTo(8.128, 3);
		expect(check.reproduces).toBe(true);
	});

	it('reproduces "over 200 a day" from 73,518 in 2019/20', () => {
		expect(checkClaim(fixture, claim('uk-2019-20-over-200-a-day')).reproduces).toBe(true);
	});

	it('reproduces "179 per cent" from 444 to 1,238', () => {
		expect(checkClaim(fixture, claim('leicestershire-179-per-cent')).reproduces).toBe(true);
	});

	it('reproduces a share: "26%" is 167 of 639, "one in seven" is 6,519 of 43,284 (bundled dataset)', () => {
		const bundled = getBundledDataset();
		const share = (id: string) => {
			const found = bundled.claims.find((c) => c.id === id);
			if (!found) throw new Error(`no claim ${id}`);
			return found;
		};
		const percent = share('surrey-2016-17-charged-or-summonsed-26-per-cent');
		expect(checkClaim(bundled, percent).computed).toBeCloseTo((167 / 639) * 100, 10);
		expect(checkClaim(bundled, percent).reproduces).toBe(true);
		expect(checkClaim(bundled, { ...percent, stated: 30 }).reproduces).toBe(false);
		const oneIn = share('england-and-wales-2016-17-charged-or-summonsed-one-in-seven');
		expect(checkClaim(bundled, oneIn).computed).toBeCloseTo(43_284 / 6_519, 10);
		expect(checkClaim(bundled, oneIn).reproduces).toBe(true);
		expect(checkClaim(bundled, { ...oneIn, stated: 8 }).reproduces).toBe(false);
	});

	it('does not reproduce a wrong statement', () => {
		const wrong = { ...claim('staffordshire-2016-17-up-25-per-cent'), stated: 35 };
		expect(checkClaim(fixture, wrong).reproduces).toBe(false);
	});

	it('does not reproduce when a figure is missing', () => {
		const missing = { ...claim('staffordshire-2016-17-up-25-per-cent'), figures: ['no-such-figure', 'x'] };
		const check = checkClaim(fixture, missing);
		expect(check.computed).toBeNull();
		expect(check.reproduces).toBe(false);
	});
});
