import { type Dataset, getBundledDataset } from '@signpost-uk/domain';
import { deepFreeze } from './deep-freeze.js';

/**
 * The bundled dataset, deeply frozen on first use: what the top-level functions answer from, whether through the
 * whole API (`bundledSignpost`) or a query's own path (`getFiguresIn`), so an app calling one function does not
 * bundle the others.
 *
 * @returns the same frozen dataset on every call
 * @example
 * ```ts
 * getFiguresIn(bundledDataset(), { area: 'Derbyshire' });
 * ```
 */
export function bundledDataset(): Dataset {
	return deepFreeze(getBundledDataset());
}
