import { type Area, type Dataset, getFigures } from '@signpost-uk/domain';
import { placesSection } from './area-places.js';
import { areasWithFigures } from './areas-with-figures.js';
import { helpSection } from './help-block.js';
import { frontMatter, mdText } from './markdown-text.js';
import { downloadLines, type SiteOptions } from './site-options.js';
import { areaPath, SITE_PATHS } from './site-paths.js';

/** What "no figures held" means, on every page that says it. */
export const NO_FIGURES_MEANING =
	'"No figures held yet" means Signpost has not found a published figure it can cite, not that there were no offences.';

/**
 * The page of an area that holds no figure (a police force such as City of London Police): the domain's answer
 * ("Signpost holds no published figure for ..."), what is held instead (figures for groups of forces that include
 * it, with links), what is not, the places it polices, and the help lines.
 *
 * @example
 * ```ts
 * noFiguresPage(dataset, cityOfLondon); // "# City of London Police ... Signpost holds no published figure ..."
 * ```
 */
export function noFiguresPage(dataset: Dataset, area: Area, options: SiteOptions = {}): string {
	const answer = getFigures(dataset, { area: area.id });
	const message = answer.status === 'not-found' ? answer.message : '';
	const groups = areasWithFigures(dataset).filter((g) => g.members?.includes(area.id));
	const places = placesSection(dataset, area);
	return [
		frontMatter({
			title: area.name,
			description: `What Signpost holds for ${area.name}: no published figure of its own, with the help lines.`,
		}),
		'',
		`# ${mdText(area.name)}`,
		'',
		'<div class="sp-summary">',
		'',
		`**${mdText(message)}**`,
		'',
		'</div>',
		'',
		NO_FIGURES_MEANING,
		'',
		...downloadLines(options),
		...(area.aliases.length > 0 ? [`Also searched for as: ${area.aliases.map((a) => mdText(a)).join(', ')}.`, ''] : []),
		'## What is held',
		'',
		...(groups.length > 0
			? [
					`Figures for groups of forces that include ${mdText(area.name)}, published as one total (not a figure for this force):`,
					'',
					...groups.map((g) => `- [${mdText(g.name)}](${areaPath(g).link})`),
				]
			: [`No figure for a group of forces that includes ${mdText(area.name)} either.`]),
		'',
		`Which forces and years are held: [coverage](${SITE_PATHS.coverage.link}); every area: [data by area](${SITE_PATHS.dataIndex.link}).`,
		'',
		'## What is not held',
		'',
		`No figure for ${mdText(area.name)} on its own, for any year or measure. Signpost does not estimate one from other forces' figures or from a group's total.`,
		'',
		...(places ? [places] : []),
		helpSection(SITE_PATHS.support.link),
		'',
	].join('\n');
}
