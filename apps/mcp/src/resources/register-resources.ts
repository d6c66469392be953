import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import {
	type DataPackageFiles,
	type DatasetResult,
	dataPackage,
	datasetJsonSchema,
	getHelplines,
} from '@signpost-uk/sdk';
import { methodologyText } from './methodology-text.js';

/** The resources' addresses. */
export const RESOURCE_URIS = {
	methodology: 'signpost://methodology',
	dataset: 'signpost://dataset.json',
} as const;

/** Where the Data Package's files are served: `signpost://datapackage/datapackage.json`, `.../figures.csv`, ... */
export const DATA_PACKAGE_URI = 'signpost://datapackage/{file}';

const MIME_TYPES: Readonly<Record<string, string>> = { json: 'application/json', csv: 'text/csv' };
const mimeType = (file: string) => MIME_TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'text/plain';

/**
 * Registers the methodology (Markdown), the whole dataset (JSON, with its `help` field) and the dataset as a
 * Frictionless Data Package (`datapackage.json`, tidy CSV tables, the JSON Schema: what `signpost export` writes) as
 * resources. The package is built on first use, once per server.
 *
 * @param server - the server to register on
 * @param getDataset - the SDK's `getDataset` for the dataset the tools answer from
 * @example
 * ```ts
 * registerResources(server, getDataset);
 * ```
 */
export function registerResources(server: McpServer, getDataset: () => DatasetResult): void {
	server.registerResource(
		'methodology',
		RESOURCE_URIS.methodology,
		{
			title: 'Methodology and caveats',
			description:
				'What the figures are and are not: the standing caveats, each measure’s definition, age bands, conflicts between sources, and the help lines. Read it before explaining what a figure means.',
			mimeType: 'text/markdown',
		},
		(uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: methodologyText(getDataset()) }] }),
	);
	server.registerResource(
		'dataset',
		RESOURCE_URIS.dataset,
		{
			title: 'The Signpost dataset',
			description:
				'Every area, measure, age band, source (with address and date), figure (with exact quotes), claim check and conflict Signpost holds, as JSON, with the help lines in its "help" field. Figures are only those the sources state; nothing is estimated.',
			mimeType: 'application/json',
		},
		(uri) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(getDataset()) }] }),
	);
	let files: DataPackageFiles | undefined;
	const packageFiles = () => {
		if (!files) {
			const { help: _help, ...dataset } = getDataset();
			files = dataPackage(dataset, datasetJsonSchema());
		}
		return files;
	};
	server.registerResource(
		'data-package',
		new ResourceTemplate(DATA_PACKAGE_URI, {
			list: () => ({
				resources: Object.keys(packageFiles())
					.sort()
					.map((file) => ({
						uri: DATA_PACKAGE_URI.replace('{file}', file),
						name: `data-package/${file}`,
						mimeType: mimeType(file),
					})),
			}),
		}),
		{
			title: 'The dataset as a Data Package',
			description:
				'The dataset as a Frictionless Data Package, as `signpost export` writes it: datapackage.json (title, version, licence, sources, field descriptions) and tidy CSV tables (figures one row per figure, sources, figure-source links with the exact quotes, conflicts, claims), with the JSON Schema. The descriptor carries the help lines.',
		},
		(uri, { file }) => {
			const name = String(file);
			const text = packageFiles()[name];
			if (text === undefined)
				throw new Error(
					`The data package has no such file: list the resources to see its files. ${getHelplines().sentence}`,
				);
			return { contents: [{ uri: uri.href, mimeType: mimeType(name), text }] };
		},
	);
}
