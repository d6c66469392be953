import { type Dataset, getNational, getSeries, isNationalArea } from '@signpost-uk/domain';
import { dataPageBody } from './data-page-body.js';
import { figureDetails } from './figure-details.js';
import { frontMatter, mdTable, mdText } from './markdown-text.js';
import { seriesSection } from './series-section.js';
import { SITE_PATHS } from './site-paths.js';

/**
 * National and UK-wide figures, year by year, with a chart for each national series of two or more years.
 *
 * @example
 * ```ts
 * nationalPage(dataset); // "# National figures ... ## 2019/20 ... 73,518"
 * ```
 */
export function nationalPage(dataset: Dataset): string {
	const latest = getNational(dataset);
	const held = latest.status === 'found' ? latest.data.yearsHeld : latest.yearsHeld;
	const caveats = new Set<string>(latest.caveats);
	// A nation policed by one force resolves to that force: chart each resolved area once.
	const charted = new Set<string>();
	const charts = dataset.areas
		.filter((a) => isNationalArea(a))
		.flatMap((area) => {
			const series = getSeries(dataset, { area: area.id });
			if (series.status !== 'found' || charted.has(series.data.area.id)) return [];
			charted.add(series.data.area.id);
			return [seriesSection(series.data)];
		})
		.filter((s): s is string => s !== null);
	const years = [...held].reverse().flatMap((year) => {
		const answer = getNational(dataset, { year });
		if (answer.status !== 'found') return [];
		for (const c of answer.caveats) caveats.add(c);
		return [
			`## ${year}`,
			'',
			mdTable(
				['Area', 'What is counted', 'Figure'],
				answer.data.figures.map((f) => [mdText(f.area.name), mdText(f.label), `**${mdText(f.valueText)}**`]),
			),
			'',
			...answer.data.figures.flatMap((f) => [figureDetails({ ...f, label: `${f.area.shortName}: ${f.label}` }), '']),
		];
	});
	return [
		frontMatter({ title: 'National figures' }),
		'',
		'# National figures',
		'',
		`UK-wide and national totals of police-recorded child sexual offences, as published. The forces that answered the NSPCC's requests differ from year to year, so totals are not always like for like. See the [methodology](${SITE_PATHS.methodology.link}).`,
		'',
		...(held.length === 0 ? ['Signpost holds no published national figure yet.', ''] : []),
		...dataPageBody({ charts, sections: years, caveats }),
	].join('\n');
}
