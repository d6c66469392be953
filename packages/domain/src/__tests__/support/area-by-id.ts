import type { Area } from '../../schema/area.js';
import type { Dataset } from '../../schema/dataset.js';

/**
 * The dataset's area with this id; throws when there is none, so a test names the id it expected.
 *
 * @example
 * ```ts
 * areaById(getBundledDataset(), 'derbyshire').name; // "Derbyshire Constabulary"
 * ```
 */
export function areaById(dataset: Dataset, id: string): Area {
	const found = dataset.areas.find((a) => a.id === id);
	if (!found) throw new Error(`no area ${id}`);
	return found;
}
