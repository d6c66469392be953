import { type Dataset, DatasetSchema } from '../schema/dataset.js';
import { DatasetValidationError } from './dataset-validation-error.js';

/**
 * Validates a dataset value (for example a newer release fetched at run time) and returns it typed.
 *
 * @param input - the dataset JSON, as `getDataset()` returns it
 * @returns the validated dataset
 * @throws {@link DatasetValidationError} naming each path and problem
 * @example
 * ```ts
 * const dataset = createDataset(await (await fetch(url)).json());
 * ```
 */
export function createDataset(input: unknown): Dataset {
	const result = DatasetSchema.safeParse(input);
	if (!result.success) throw new DatasetValidationError(result.error.issues);
	return result.data;
}
