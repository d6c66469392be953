import { z } from 'zod';
import { DatasetSchema } from './dataset.js';

/**
 * The dataset's JSON Schema, generated from {@link DatasetSchema} (the shape of the JSON as written: optional fields
 * may be missing). Checks zod runs in code (real dates, cross-references) are not expressible in it.
 *
 * @returns the JSON Schema object
 * @example
 * ```ts
 * writeFileSync('dataset.schema.json', JSON.stringify(datasetJsonSchema(), null, 2));
 * ```
 */
export function datasetJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' });
}
