// Writes the generated JSON Schema files in data/ (dataset.schema.json and schema/<kind>.schema.json) from the zod
// schemas: `pnpm --filter @signpost-uk/domain generate`. The build never writes them; a test checks they are current.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedSchemaFiles } from './json-schema.js';
import { dataDir } from './read-data-files.js';

for (const [path, text] of generatedSchemaFiles()) {
	mkdirSync(dirname(join(dataDir, path)), { recursive: true });
	writeFileSync(join(dataDir, path), text);
	console.log(`wrote data/${path}`);
}
