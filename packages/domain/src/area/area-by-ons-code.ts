import { indexDataset } from '../dataset/dataset-index.js';
import { perDataset } from '../dataset/per-dataset.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';

/** Each area with an ONS code, by its code: built once per dataset. */
const byOnsCode = perDataset(
	(dataset): ReadonlyMap<string, Area> =>
		new Map([...indexDataset(dataset).areas.values()].flatMap((a) => (a.onsCode ? [[a.onsCode, a] as const] : []))),
);

/**
 * The area with an ONS Police Force Area code (`E23000018` is Derbyshire), or undefined when no area has it. The code
 * is matched in any case, with spaces around it ignored. Scotland and Northern Ireland have no such code.
 *
 * @param dataset - the dataset whose areas to search
 * @param code - an ONS code such as "E23000018" or "W15000004"
 * @returns the area, or undefined
 * @example
 * ```ts
 * areaByOnsCode(dataset, 'E23000018')?.shortName; // "Derbyshire"
 * ```
 */
export function areaByOnsCode(dataset: Dataset, code: string): Area | undefined {
	return byOnsCode(dataset).get(code.trim().toUpperCase());
}
