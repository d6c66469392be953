import { type Area, type AreaKind, type Dataset, datasetLine, getCoverage, resolveArea } from '@signpost-uk/domain';
import { areasWithFigures } from './areas-with-figures.js';
import { areasWithPages } from './areas-with-pages.js';
import { helpSection } from './help-block.js';
import { frontMatter, mdTable, mdText } from './markdown-text.js';
import { NO_FIGURES_MEANING } from './no-figures-page.js';
import { downloadLines, type SiteOptions } from './site-options.js';
import { areaPath, SITE_PATHS } from './site-paths.js';

const KIND_HEADINGS: readonly [AreaKind, string][] = [
	['uk', 'The UK'],
	['group', 'Groups of nations'],
	['nation', 'Nations'],
	['force', 'Police forces'],
	['region', 'English regions'],
];

/** The area whose figures answer for `area`: another one for a nation policed by a single force. */
function heldBy(dataset: Dataset, area: Area): Area | undefined {
	const resolution = resolveArea(dataset, area.id);
	return resolution.status === 'found' && resolution.area.id !== area.id ? resolution.area : undefined;
}

/**
 * The index of every area in the registry, with and without figures; areas with none say so.
 *
 * @example
 * ```ts
 * areasIndexPage(dataset); // "# Data by area ... | Kent Police | No figures held yet |"
 * ```
 */
export function areasIndexPage(dataset: Dataset, options: SiteOptions = {}): string {
	const withFigures = new Set(areasWithFigures(dataset).map((a) => a.id));
	const withPages = new Set(areasWithPages(dataset).map((a) => a.id));
	const counts = new Map<string, number>();
	for (const f of dataset.figures) counts.set(f.area, (counts.get(f.area) ?? 0) + 1);
	const sections = KIND_HEADINGS.flatMap(([kind, heading]) => {
		const areas = dataset.areas.filter((a) => a.kind === kind);
		if (areas.length === 0) return [];
		return [
			`## ${heading}`,
			'',
			mdTable(
				['Area', 'Figures held'],
				areas.map((a) => {
					const holder = heldBy(dataset, a);
					if (withFigures.has(a.id)) return [`[${mdText(a.name)}](${areaPath(a).link})`, `${counts.get(a.id) ?? 0}`];
					if (holder && withFigures.has(holder.id))
						return [
							mdText(a.name),
							`Held under [${mdText(holder.name)}](${areaPath(holder).link}), its only police force`,
						];
					const name = withPages.has(a.id) ? `[${mdText(a.name)}](${areaPath(a).link})` : mdText(a.name);
					return [name, 'No figures held yet'];
				}),
			),
			'',
		];
	});
	return [
		frontMatter({ title: 'Data by area' }),
		'',
		'# Data by area',
		'',
		`Every area Signpost knows, including those with no published figure held yet. ${datasetLine(getCoverage(dataset))}`,
		'',
		`See also: [national figures](${SITE_PATHS.national.link}), [coverage by force and year](${SITE_PATHS.coverage.link}), [methodology and caveats](${SITE_PATHS.methodology.link}).`,
		'',
		NO_FIGURES_MEANING,
		'',
		...downloadLines(options),
		...sections,
		helpSection(SITE_PATHS.support.link),
		'',
	].join('\n');
}
