import { createDataset } from '../../dataset/create-dataset.js';
import { DatasetValidationError } from '../../dataset/dataset-validation-error.js';

/**
 * The message `createDataset` refuses a dataset with; fails the test if the dataset is accepted.
 *
 * @example
 * ```ts
 * expect(rejection({ ...fixtureInput, figures: [] })).toContain('unknown figure');
 * ```
 */
export function rejection(input: unknown): string {
	try {
		createDataset(input);
	} catch (error) {
		if (error instanceof DatasetValidationError) return error.message;
		throw error;
	}
	throw new Error('the dataset was accepted');
}
