import { createDataset } from '@signpost-uk/domain';
import { bindSignpost } from './bind-signpost.js';
import type { Signpost } from './signpost.js';

/**
 * What {@link createSignpost} takes.
 *
 * @example
 * ```ts
 * const options: SignpostOptions = { dataset: await (await fetch(releaseUrl)).json() };
 * createSignpost(options);
 * ```
 */
export interface SignpostOptions {
	/**
	 * A dataset as JSON (for example a newer release fetched at run time, or `getDataset()` from another copy of the
	 * SDK). It is validated with {@link DatasetSchema} before use.
	 */
	dataset: unknown;
}

/**
 * The whole API over a dataset supplied at run time. The dataset is validated first with the exported
 * `DatasetSchema` (shapes and every cross-reference); anything invalid throws a `DatasetValidationError` whose
 * message names each path and problem, e.g. `figures[0].sources: Too small: expected array to have >=1 items`.
 *
 * @param options - the dataset to use
 * @returns the API bound to that dataset; every result carries the help lines
 * @throws `DatasetValidationError` when the dataset does not validate (or no `{ dataset }` is given)
 * @example
 * ```ts
 * import { createSignpost } from '@signpost-uk/sdk';
 *
 * const signpost = createSignpost({ dataset: await (await fetch(releaseUrl)).json() });
 * const answer = signpost.getFigures({ area: 'Derbyshire', year: '2016/17' });
 * if (answer.status === 'found') console.log(answer.data.figures[0]?.valueText);
 * ```
 */
export function createSignpost(options: SignpostOptions): Signpost {
	const dataset: unknown = typeof options === 'object' && options !== null ? options.dataset : undefined;
	return bindSignpost(createDataset(dataset));
}
