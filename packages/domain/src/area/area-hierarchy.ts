import { indexDataset } from '../dataset/dataset-index.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import { areaNations } from './area-nations.js';

/**
 * Where an area sits in the force → region → nation hierarchy: the English region and the nation above it (where it
 * has them), and the police forces it is made of.
 */
export interface AreaHierarchy {
	/** The area asked about. */
	readonly area: Area;
	/** The English region a force is in, or a region itself; undefined outside England and above regions. */
	readonly region?: Area | undefined;
	/** The nation a force, region or nation is in; undefined for the UK and groups spanning nations. */
	readonly nation?: Area | undefined;
	/**
	 * The police forces within the area, in registry order: a force is its own single force; a region or nation its
	 * forces; a group its members (or, named only by nations, their forces); the UK
	 * every force.
	 */
	readonly forces: readonly Area[];
}

/**
 * The force → region → nation hierarchy around an area.
 *
 * @param dataset - the dataset holding the areas
 * @param area - an area of that dataset
 * @returns its region, nation and forces
 * @example
 * ```ts
 * const h = areaHierarchy(dataset, derbyshire);
 * h.region?.name; // "East Midlands"
 * h.nation?.name; // "England"
 * ```
 */
export function areaHierarchy(dataset: Dataset, area: Area): AreaHierarchy {
	const forces = dataset.areas.filter((a) => a.kind === 'force');
	const nationArea = (nation: string | undefined) =>
		nation ? dataset.areas.find((a) => a.kind === 'nation' && a.nation === nation) : undefined;
	switch (area.kind) {
		case 'force':
			return {
				area,
				region: area.region ? dataset.areas.find((a) => a.kind === 'region' && a.id === area.region) : undefined,
				nation: nationArea(area.nation),
				forces: [area],
			};
		case 'region':
			return {
				area,
				region: area,
				nation: nationArea(area.nation),
				forces: forces.filter((f) => f.region === area.id || area.members?.includes(f.id)),
			};
		case 'nation':
			return { area, nation: area, forces: forces.filter((f) => f.nation === area.nation) };
		case 'uk':
			return { area, forces };
		default: {
			// A group: its members, or, for one named only by its nations ("England and Wales"), those nations' forces.
			const nations = areaNations(area, indexDataset(dataset));
			return {
				area,
				nation: nations.length === 1 ? nationArea(nations[0]) : undefined,
				forces: forces.filter((f) =>
					area.members ? area.members.includes(f.id) : f.nation !== undefined && nations.includes(f.nation),
				),
			};
		}
	}
}
