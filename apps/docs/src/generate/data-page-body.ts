import { helpSection } from './help-block.js';
import { mdText } from './markdown-text.js';
import { searchIgnored } from './search-ignored.js';
import { downloadLines, type SiteOptions } from './site-options.js';
import { SITE_PATHS } from './site-paths.js';

/**
 * The end of a page of figures: its charts (when any series has two or more years), its sections, the caveats that
 * apply to what it shows, then the help lines. The site search indexes only the `searchable` parts (the places a
 * force polices): the charts, figures, sources, caveats and help lines are left out of its index.
 *
 * @example
 * ```ts
 * [...intro, ...dataPageBody({ charts, sections, caveats })].join('\n');
 * ```
 */
export function dataPageBody(parts: {
	readonly charts: readonly string[];
	readonly sections: readonly string[];
	readonly searchable?: readonly string[];
	readonly caveats: Iterable<string>;
	readonly options?: SiteOptions | undefined;
}): string[] {
	return [
		...downloadLines(parts.options ?? {}),
		...searchIgnored([
			...(parts.charts.length > 0 ? ['## Charts', '', ...parts.charts.flatMap((c) => [c, ''])] : []),
			...parts.sections,
		]),
		...(parts.searchable ?? []),
		...searchIgnored([
			'## Caveats',
			'',
			...[...parts.caveats].map((c) => `- ${mdText(c)}`),
			'',
			helpSection(SITE_PATHS.support.link),
			'',
		]),
	];
}
