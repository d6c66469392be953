import { CAVEAT_SUMMARY, type Dataset, datasetJsonSchema, type ReleaseRecord } from '@signpost-uk/domain';
import { changesMarkdown, dataChanges, dataPackage } from '@signpost-uk/sdk';
import { helpSection } from './help-block.js';
import { frontMatter, mdTable, mdText } from './markdown-text.js';
import { SITE_PATHS } from './site-paths.js';

/** Where the data package's files are served from (VitePress copies `docs/public/` to the site root). */
export const DATA_PACKAGE_DIR = 'data-package';

/**
 * The data package's files, exactly as `signpost export` writes them, for `docs/public/data-package/`.
 *
 * @param dataset - the dataset the site is built from
 * @returns the files by name
 * @example
 * ```ts
 * downloadFiles(getBundledDataset())['datapackage.json'];
 * ```
 */
export function downloadFiles(dataset: Dataset): Readonly<Record<string, string>> {
	return dataPackage(dataset, datasetJsonSchema());
}

const rowCount = (csv: string) => Math.max(0, csv.split('\r\n').filter(Boolean).length - 1);

/**
 * The "Download the data" page: the data package (every file, with what it holds and how many rows), its version,
 * how to load it, and the changelog since the last release, built from the same export as the files.
 *
 * @param dataset - the dataset the site is built from
 * @param release - the last release's record (`packages/domain/data/release.json`); without it, the dataset itself
 * @returns the page's Markdown
 * @example
 * ```ts
 * downloadPage(getBundledDataset(), release); // "# Download the data ..."
 * ```
 */
export function downloadPage(dataset: Dataset, release?: ReleaseRecord): string {
	const files = downloadFiles(dataset);
	const descriptor = JSON.parse(files['datapackage.json'] ?? '{}') as {
		resources: { name: string; path: string; title: string; description?: string }[];
	};
	const link = (path: string) => `[\`${path}\`](/${DATA_PACKAGE_DIR}/${path})`;
	const rows = [
		[link('datapackage.json'), 'The descriptor: title, version, licence, sources, every field described', ''],
		...descriptor.resources.map((r) => [
			link(r.path),
			mdText(r.description ?? r.title),
			r.path.endsWith('.csv') ? String(rowCount(files[r.path] ?? '')).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : '',
		]),
	];
	const changes = dataChanges(release ?? dataset, dataset);
	return [
		frontMatter({ title: 'Download the data' }),
		'',
		'# Download the data',
		'',
		`Dataset version **${dataset.version}**: ${dataset.figures.length} figures from ${dataset.sources.length} sources, as a [Frictionless Data Package](https://datapackage.org/). Every figure has its source and the source's exact words. ${CAVEAT_SUMMARY}`,
		'',
		mdTable(['File', 'What it holds', 'Rows'], rows),
		'',
		'## Using it',
		'',
		'- The same package comes from the SDK: `npx -p @signpost-uk/sdk signpost export ./signpost-data`.',
		'- `dataset.json` loads into the SDK as it is: `createSignpost({ dataset })` checks it and answers the same questions.',
		'- To add figures up, keep rows of `figures.csv` with the same measure and unit, no breakdown, areas that do not overlap, and an empty `duplicate_of`: a row with `duplicate_of` set is a second report of the same number.',
		'- Where a source page shows no date, `published` is empty and `published_note` says so.',
		'- Figure ids are stable: an id is the area id, the period with "/" as "-", then a tag (`derbyshire-2016-17-total`); once released it always names the same area, period, measure and breakdown, and a withdrawn id is never reused.',
		'',
		changesMarkdown(changes, '##').replace(
			/^## Changes from .*$/m,
			`## Changelog\n\nFigures added, changed and withdrawn since the ${changes.from} release, by id (what \`signpost changes\` prints for the two releases). Data changes between releases are also described in the SDK's changelog.`,
		),
		'',
		helpSection(SITE_PATHS.support.link),
		'',
	].join('\n');
}
