import { datasetJsonSchema } from '../src/schema/dataset-json-schema.js';

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
	return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
