import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { DatasetResult } from '@signpost-uk/sdk';
import { methodologyText } from './methodology-text.js';

/** The resources' addresses. */
export const RESOURCE_URIS = {
	methodology: 'signpost://methodology',
	dataset: 'signpost://dataset.json',
} as const;

/**
 * Registers the methodology (Markdown) and the whole dataset (JSON, with its `help` field) as resources.
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
}
