import type { Dataset } from '../schema/dataset.js';

/**
 * `build`, worked out once per dataset value: a later call with the same dataset gets the same result, and the result
 * goes when the dataset does (it is held in a WeakMap keyed by the dataset).
 *
 * @param build - what to work out from a dataset
 * @returns `build`, cached per dataset
 * @example
 * ```ts
 * const forceCount = perDataset((dataset) => dataset.areas.filter((a) => a.kind === 'force').length);
 * forceCount(dataset) === forceCount(dataset); // true, counted once
 * ```
 */
export function perDataset<Value>(build: (dataset: Dataset) => Value): (dataset: Dataset) => Value {
	const cache = new WeakMap<Dataset, Value>();
	return (dataset) => {
		if (cache.has(dataset)) return cache.get(dataset) as Value;
		const value = build(dataset);
		cache.set(dataset, value);
		return value;
	};
}
