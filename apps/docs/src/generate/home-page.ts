import {
	CAVEATS,
	type Dataset,
	datasetLine,
	getCoverage,
	helpLines,
	MARKDOWN_STYLE,
	selectHelp,
} from '@signpost-uk/domain';
import { SITE_PATHS } from './site-paths.js';

/**
 * The home page: what Signpost is, the three ways in (SDK, bot, these pages), the help lines and a summary of what
 * the dataset holds. Generated, because its front matter (the hero) and numbers come from code.
 *
 * @example
 * ```ts
 * homePage(getBundledDataset()); // "---\nlayout: \"home\"\n..."
 * ```
 */
export function homePage(dataset: Dataset): string {
	const coverage = getCoverage(dataset);
	const hero = {
		layout: 'home',
		title: 'Signpost',
		hero: {
			name: 'Signpost',
			text: 'Child sexual offence figures, cited, with help on every page',
			tagline:
				'UK police-recorded child sexual offence figures from NSPCC Freedom of Information releases, as reported in the press. Every figure has its source, the exact quote, the address and the date.',
			actions: [
				{ theme: 'brand', text: 'Find an area', link: SITE_PATHS.dataIndex.link },
				{ theme: 'alt', text: 'Get help', link: SITE_PATHS.support.link },
			],
		},
		features: [
			{
				title: 'The SDK',
				details:
					'@signpost-uk/sdk for Node, browsers and Workers: figures by area and year, comparisons, series and a command line. Every answer carries the help lines.',
				link: '/guide/getting-started',
				linkText: 'Getting started',
			},
			{
				title: 'The Discord bot',
				details: 'Slash commands that answer in a server, with the help lines in every reply.',
				link: SITE_PATHS.botCommands.link,
				linkText: 'Commands',
			},
			{
				title: 'These pages',
				details:
					'A page for every area with figures, national totals, a coverage table, the methodology and every source.',
				link: SITE_PATHS.dataIndex.link,
				linkText: 'Data by area',
			},
		],
	};
	return [
		// JSON is valid YAML, so the front matter cannot be mis-indented.
		'---',
		JSON.stringify(hero, null, 2),
		'---',
		'',
		'## If you need help',
		'',
		...helpLines(selectHelp(), MARKDOWN_STYLE),
		'',
		`Every service Signpost lists is on the [support page](${SITE_PATHS.support.link}).`,
		'',
		'## What Signpost is',
		'',
		"Signpost answers questions about child sexual offences recorded by UK police forces, as published in the NSPCC's Freedom of Information releases and reported in local and national newspapers. It never invents a figure: each one is quoted word for word from a named source, disagreements between sources stay visible, and where no published figure has been found it says so.",
		'',
		`${CAVEATS.notVictims} ${CAVEATS.recordingAndReporting} Read the [methodology and caveats](${SITE_PATHS.methodology.link}) before comparing figures.`,
		'',
		`${datasetLine(coverage)} See the [coverage table](${SITE_PATHS.coverage.link}).`,
		'',
		'## Three ways in',
		'',
		'- **The SDK** ([getting started](/guide/getting-started)): a typed library and a command-line tool.',
		`- **The Discord bot** ([commands](${SITE_PATHS.botCommands.link}), [setup](/bot/setup), [privacy](/bot/privacy)).`,
		`- **This site**: [data by area](${SITE_PATHS.dataIndex.link}), [national figures](${SITE_PATHS.national.link}), [coverage](${SITE_PATHS.coverage.link}) and the [sources](${SITE_PATHS.sources.link}).`,
		'',
	].join('\n');
}
