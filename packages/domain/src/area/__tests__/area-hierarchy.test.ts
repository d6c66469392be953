import { describe, expect, it } from 'vitest';
import { areaById } from '../../__tests__/support/area-by-id.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { areaByOnsCode } from '../area-by-ons-code.js';
import { areaHierarchy } from '../area-hierarchy.js';

const dataset = getBundledDataset();
const area = (id: string) => areaById(dataset, id);

describe('areaByOnsCode', () => {
	it('finds every force that has a code, by that code, and nothing for an unused one', () => {
		for (const a of dataset.areas.filter((x) => x.onsCode)) expect(areaByOnsCode(dataset, a.onsCode ?? '')).toBe(a);
		expect(areaByOnsCode(dataset, 'e23000018')?.id).toBe('derbyshire');
		expect(areaByOnsCode(dataset, 'E23000099')).toBeUndefined();
	});
});

describe('areaHierarchy', () => {
	it('every English force has its region and England; every other force a nation and no region', () => {
		for (const force of dataset.areas.filter((a) => a.kind === 'force')) {
			const h = areaHierarchy(dataset, force);
			expect(h.forces).toEqual([force]);
			expect(h.nation?.nation).toBe(force.nation);
			if (force.nation === 'england') expect(h.region?.id).toBe(force.region);
			else expect(h.region).toBeUndefined();
		}
	});

	it('every force is in exactly one region or is outside England, and the regions cover the English forces', () => {
		const regions = dataset.areas.filter((a) => a.kind === 'region');
		const inRegions = regions.flatMap((r) => areaHierarchy(dataset, r).forces.map((f) => f.id));
		const english = dataset.areas.filter((a) => a.kind === 'force' && a.nation === 'england').map((a) => a.id);
		expect(inRegions.sort()).toEqual(english.sort());
	});

	it('London is the Met and the City of London; Northern Ireland is the PSNI', () => {
		expect(
			areaHierarchy(dataset, area('london'))
				.forces.map((f) => f.id)
				.sort(),
		).toEqual(['city-of-london', 'metropolitan']);
		expect(areaHierarchy(dataset, area('northern-ireland')).forces.map((f) => f.id)).toEqual(['psni']);
	});
});
