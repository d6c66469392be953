// Writes data/dataset.schema.json from the zod schema, for editors and for developers validating their own data.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DatasetSchema } from '../src/schema/dataset.js';

const schema = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' });
writeFileSync(new URL('../data/dataset.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
