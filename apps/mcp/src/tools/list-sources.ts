import type { z } from 'zod';
import { helpOutput } from './help-output.js';
import { ListSourcesInput } from './input-schemas.js';
import { ListSourcesOutput } from './output-schemas.js';
import { READ_ONLY, type SignpostTool } from './signpost-tool.js';
import { sourceOutput } from './to-output.js';
import { withHelpLines } from './tool-result.js';

/**
 * `list_sources`: every page figures are quoted from, over the SDK's `listSources`.
 *
 * @example
 * ```ts
 * listSourcesTool.run({}, api).structured.sources.length;
 * ```
 */
export const listSourcesTool = {
	name: 'list_sources',
	title: 'Sources',
	description:
		'Every page Signpost quotes figures from (NSPCC releases and the press articles that report them): title, publisher, address, date (or "not-shown" when the page shows none) and what each reports. Use it to cite or check a source; the figures themselves come from get_figures, get_series, compare_areas and get_national. Show the person the help lines from the result.',
	input: ListSourcesInput,
	output: ListSourcesOutput,
	annotations: { ...READ_ONLY, title: 'Sources' },
	run({ audience, topic }, signpost) {
		const { sources } = signpost.listSources({ help: { audience, topic } });
		const help = helpOutput({ audience, topic });
		const structured = sources.map(sourceOutput);
		const lines = structured.map(
			(s) => `- ${[s.title, s.publisher, s.published, s.url].filter(Boolean).join(', ')}: ${s.reports}`,
		);
		return {
			text: withHelpLines(lines, help),
			structured: { status: 'found', sources: structured, help } satisfies z.infer<typeof ListSourcesOutput>,
		};
	},
} satisfies SignpostTool<typeof ListSourcesInput>;
