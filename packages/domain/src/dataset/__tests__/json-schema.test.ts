import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from '../../../scripts/json-schema.js';

describe('data/dataset.schema.json', () => {
	it('is up to date with the zod schema (run `pnpm --filter @signpost-uk/domain build` to regenerate)', () => {
		const committed = readFileSync(new URL('../../../data/dataset.schema.json', import.meta.url), 'utf8');
		expect(committed).toBe(datasetJsonSchemaText());
	});
});
