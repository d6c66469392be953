import { z } from 'zod';
import { DatasetSchema } from '../src/schema/dataset.js';

/**
 * The text of data/dataset.schema.json, generated from the zod schema: what the build writes and the data test
 * compares with the committed file.
 *
 * @example
 * ```ts
 * writeFileSync('data/dataset.schema.json', datasetJsonSchemaText());
 * ```
 */
export function datasetJsonSchemaText(): string {
	const schema = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' });
	return `${JSON.stringify(schema, null, 2)}\n`;
}
