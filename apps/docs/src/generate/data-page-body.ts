import { helpSection } from './help-block.js';
import { mdText } from './markdown-text.js';
import { downloadLines, type SiteOptions } from './site-options.js';
import { SITE_PATHS } from './site-paths.js';

/**
 * The end of a page of figures: its charts (when any series has two or more years), its sections, the caveats that
 * apply to what it shows, then the help lines.
 *
 * @example
 * ```ts
 * [...intro, ...dataPageBody({ charts, sections, caveats })].join('\n');
 * ```
 */
export function dataPageBody(parts: {
	readonly charts: readonly string[];
	readonly sections: readonly string[];
	readonly caveats: Iterable<string>;
	readonly options?: SiteOptions | undefined;
}): string[] {
	return [
		...downloadLines(parts.options ?? {}),
		...(parts.charts.length > 0 ? ['## Charts', '', ...parts.charts.flatMap((c) => [c, ''])] : []),
		...parts.sections,
		'## Caveats',
		'',
		...[...parts.caveats].map((c) => `- ${mdText(c)}`),
		'',
		helpSection(SITE_PATHS.support.link),
		'',
	];
}
