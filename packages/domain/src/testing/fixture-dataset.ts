import { createDataset, type Dataset } from '../index.js';
import { fixtureInput } from './fixture-input.js';

let cached: Dataset | undefined;

/**
 * The test fixture ({@link fixtureInput}), validated on first use; later calls return the same dataset, so the
 * queries' per-dataset indexes are built once. Test data, not the bundled release: its figures are real and quoted
 * word for word, but there are only a handful of them.
 *
 * @example
 * ```ts
 * import { getFigures } from '@signpost-uk/domain';
 * import { fixtureDataset } from '@signpost-uk/domain/testing';
 *
 * getFigures(fixtureDataset(), { area: 'Derbyshire', year: '2016/17' }); // 1,066, with the Belper News quote
 * ```
 */
export function fixtureDataset(): Dataset {
	cached ??= createDataset(fixtureInput);
	return cached;
}
