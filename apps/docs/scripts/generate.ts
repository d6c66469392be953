// Writes every generated page into docs/ (see .gitignore): the same inputs always give the same files.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '@signpost-uk/api';
import { getBundledDataset, type ReleaseRecord } from '@signpost-uk/domain';
import { apiReferencePage, type OpenApiDocument } from '../src/generate/api-reference-page.js';
import { botPages } from '../src/generate/bot-pages.js';
import { DATA_PACKAGE_DIR, downloadFiles } from '../src/generate/download-page.js';
import { GENERATED_PATHS } from '../src/generate/generated-paths.js';
import { sitePages } from '../src/generate/site-pages.js';
import { SITE_PATHS } from '../src/generate/site-paths.js';
import { siteEnv } from '../src/site/site-env.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
for (const path of GENERATED_PATHS) rmSync(join(docs, path), { recursive: true, force: true });
const release = JSON.parse(
	readFileSync(new URL('../../../packages/domain/data/release.json', import.meta.url), 'utf8'),
) as ReleaseRecord;
const { baseUrl } = siteEnv();
const pages = sitePages(getBundledDataset(), botPages(baseUrl), {
	release,
	downloadLink: SITE_PATHS.download.link,
	baseUrl,
});
for (const [file, content] of pages) {
	const target = join(docs, file);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, content);
}
// The HTTP API's reference, from the OpenAPI document the API generates from its route definitions.
const openapi = await createApi().fetch(new Request('http://localhost/v1/openapi.json'));
writeFileSync(join(docs, 'guide', 'api.md'), apiReferencePage((await openapi.json()) as OpenApiDocument));
// The data package the download page links to, exactly as `signpost export` writes it.
const packageDir = join(docs, 'public', DATA_PACKAGE_DIR);
mkdirSync(packageDir, { recursive: true });
const files = downloadFiles(getBundledDataset());
for (const [name, text] of Object.entries(files)) writeFileSync(join(packageDir, name), text);
console.log(`docs: wrote ${pages.size} generated pages and the ${Object.keys(files).length} data package files`);
