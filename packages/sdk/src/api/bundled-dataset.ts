import { type Dataset, getBundledDataset, getBundledDatasetWithoutSearchLogs } from '@signpost-uk/domain';
import { deepFreeze } from './deep-freeze.js';

/**
 * The bundled dataset, deeply frozen on first use: what the whole API (`bundledSignpost`) answers from.
 *
 * @returns the same frozen dataset on every call
 * @example
 * ```ts
 * bindSignpost(bundledDataset());
 * ```
 */
export function bundledDataset(): Dataset {
	return deepFreeze(getBundledDataset());
}

/**
 * The bundled dataset as `getFigures` reads it, deeply frozen on first use: the same tables without the search logs
 * (of which it reads only the reports-read counts, which come with it), so an app that calls `getFigures` alone
 * bundles neither the other queries nor the logs. Its answers are those of the whole dataset (a test asks every area
 * and year of both).
 *
 * @returns the same frozen dataset on every call
 * @example
 * ```ts
 * getFiguresIn(figuresDataset(), { area: 'Derbyshire' });
 * ```
 */
export function figuresDataset(): Dataset {
	return deepFreeze(getBundledDatasetWithoutSearchLogs());
}
