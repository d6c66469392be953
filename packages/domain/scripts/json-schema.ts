import { z } from 'zod';
import { datasetJsonSchema } from '../src/schema/dataset-json-schema.js';
import { PersonWordsSchema } from '../src/schema/person-words.js';
import { DATA_FILE_KINDS, type DataFileKindName, dataFileSchema } from './data-file-kinds.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The generated JSON Schema files, by path inside `data/`: `dataset.schema.json` (the whole dataset, as `getDataset()`
 * returns it) `schema/<kind>.schema.json` for each kind of data file and `schema/person-words.schema.json`, which the files name in `$schema` so an
 * editor explains each field. What `pnpm --filter @signpost-uk/domain generate` writes and a test compares with the
 * committed files.
 *
 * @example
 * ```ts
 * for (const [path, text] of generatedSchemaFiles()) writeFileSync(join(dataDir, path), text);
 * ```
 */
export function generatedSchemaFiles(): Map<string, string> {
	const files = new Map([['dataset.schema.json', json(datasetJsonSchema())]]);
	for (const name of Object.keys(DATA_FILE_KINDS) as DataFileKindName[]) {
		const schema = z.toJSONSchema(dataFileSchema(name), { io: 'input', unrepresentable: 'any' });
		files.set(`schema/${name}.schema.json`, json(schema));
	}
	// The person words file (data/person/person-words.json) is not part of the dataset, but is written the same way.
	files.set('schema/person-words.schema.json', json(z.toJSONSchema(PersonWordsSchema, { io: 'input' })));
	return files;
}
