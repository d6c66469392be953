// Writes every generated page into docs/ (see .gitignore): the same inputs always give the same files.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBundledDataset } from '@signpost-uk/domain';
import { botPages } from '../src/generate/bot-pages.js';
import { GENERATED_PATHS } from '../src/generate/generated-paths.js';
import { sitePages } from '../src/generate/site-pages.js';
import { siteEnv } from '../src/site/site-env.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
for (const path of GENERATED_PATHS) rmSync(join(docs, path), { recursive: true, force: true });
// The "Download the data" page is the SDK's (docs/download.md): data pages link to it once it exists.
const downloadLink = existsSync(join(docs, 'download.md')) ? '/download' : undefined;
const pages = sitePages(getBundledDataset(), await botPages(), { downloadLink, baseUrl: siteEnv().baseUrl });
for (const [file, content] of pages) {
	const target = join(docs, file);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, content);
}
console.log(`docs: wrote ${pages.size} generated pages`);
