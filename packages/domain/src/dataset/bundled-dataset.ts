import { rawDataset } from '../generated/raw-dataset.js';
import type { Dataset } from '../schema/dataset.js';
import { createDataset } from './create-dataset.js';

let cached: Dataset | undefined;

/**
 * The dataset bundled with this package, validated on first use.
 *
 * @example
 * ```ts
 * const dataset = getBundledDataset();
 * dataset.figures.length;
 * ```
 */
export function getBundledDataset(): Dataset {
	cached ??= createDataset(rawDataset);
	return cached;
}
