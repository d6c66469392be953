import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedSchemaFiles } from '../../../scripts/json-schema.js';
import { dataDir } from '../../../scripts/read-data-files.js';

describe('the generated JSON Schema files in data/', () => {
	const files = [...generatedSchemaFiles()];

	it('are the dataset schema, one schema per kind of data file, and the person words’', () => {
		expect(files.map(([path]) => path)).toEqual([
			'dataset.schema.json',
			'schema/areas.schema.json',
			'schema/measures.schema.json',
			'schema/age-bands.schema.json',
			'schema/releases.schema.json',
			'schema/places.schema.json',
			'schema/sources.schema.json',
			'schema/figures.schema.json',
			'schema/claims.schema.json',
			'schema/conflicts.schema.json',
			'schema/corroborations.schema.json',
			'schema/searches.schema.json',
			'schema/ledger.schema.json',
			'schema/person-words.schema.json',
		]);
	});

	it.each(files)(
		'%s is up to date with the zod schemas (run `pnpm --filter @signpost-uk/domain generate`)',
		(path, text) => {
			expect(readFileSync(join(dataDir, path), 'utf8')).toBe(text);
		},
	);
});
