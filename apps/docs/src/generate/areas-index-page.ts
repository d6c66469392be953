import type { AreaKind, Dataset } from '@signpost-uk/domain';
import { areasWithFigures } from './areas-with-figures.js';
import { helpSection } from './help-block.js';
import { frontMatter, mdTable, mdText } from './markdown-text.js';
import { areaPath, SITE_PATHS } from './site-paths.js';

const KIND_HEADINGS: readonly [AreaKind, string][] = [
	['uk', 'The UK'],
	['group', 'Groups of nations'],
	['nation', 'Nations'],
	['force', 'Police forces'],
	['region', 'English regions'],
];

/**
 * The index of every area in the registry, with and without figures; areas with none say so.
 *
 * @example
 * ```ts
 * areasIndexPage(dataset); // "# Data by area ... | Kent Police | No figures held yet |"
 * ```
 */
export function areasIndexPage(dataset: Dataset): string {
	const withFigures = new Set(areasWithFigures(dataset).map((a) => a.id));
	const counts = new Map<string, number>();
	for (const f of dataset.figures) counts.set(f.area, (counts.get(f.area) ?? 0) + 1);
	const forces = dataset.areas.filter((a) => a.kind === 'force');
	const sections = KIND_HEADINGS.flatMap(([kind, heading]) => {
		const areas = dataset.areas.filter((a) => a.kind === kind);
		if (areas.length === 0) return [];
		return [
			`## ${heading}`,
			'',
			mdTable(
				['Area', 'Figures held'],
				areas.map((a) => [
					withFigures.has(a.id) ? `[${mdText(a.name)}](${areaPath(a).link})` : mdText(a.name),
					withFigures.has(a.id) ? `${counts.get(a.id) ?? 0}` : 'No figures held yet',
				]),
			),
			'',
		];
	});
	return [
		frontMatter({ title: 'Data by area' }),
		'',
		'# Data by area',
		'',
		`Every area Signpost knows, including those with no published figure held yet. ${forces.filter((f) => withFigures.has(f.id)).length} of ${forces.length} police forces have at least one figure; ${dataset.figures.length} figures from ${dataset.sources.length} sources in all (dataset version ${dataset.version}).`,
		'',
		`See also: [national figures](${SITE_PATHS.national.link}), [coverage by force and year](${SITE_PATHS.coverage.link}), [methodology and caveats](${SITE_PATHS.methodology.link}).`,
		'',
		'"No figures held yet" means Signpost has not found a published figure it can cite, not that there were no offences.',
		'',
		...sections,
		helpSection(SITE_PATHS.support.link),
		'',
	].join('\n');
}
