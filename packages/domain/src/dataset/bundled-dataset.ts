import { validatedDataset } from '../generated/validated-dataset.js';
import type { Dataset } from '../schema/dataset.js';

/**
 * The dataset bundled with this package. It is validated when the package is built (`pnpm generate` refuses data
 * that do not validate) and by the tests, so at run time it is trusted: no schema runs and zod is not needed to
 * load it. It is parsed on the first call, not when the package loads, and the same object is returned after. A
 * dataset from anywhere else goes through {@link createDataset}.
 *
 * @example
 * ```ts
 * const dataset = getBundledDataset();
 * dataset.figures.length;
 * ```
 */
export function getBundledDataset(): Dataset {
	return validatedDataset();
}
