// Writes data/dataset.schema.json from the zod schema, for editors and for developers validating their own data.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText } from './json-schema.js';

writeFileSync(new URL('../data/dataset.schema.json', import.meta.url), datasetJsonSchemaText());
