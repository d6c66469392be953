import {
	CAVEATS,
	type Dataset,
	formatFigureValue,
	inForceSentence,
	nationName,
	publishedText,
} from '@signpost-uk/domain';
import { areaLinkText } from './area-link-text.js';
import { helpSection } from './help-block.js';
import { frontMatter, mdTable, mdText } from './markdown-text.js';
import { areaPath, SITE_PATHS } from './site-paths.js';

/** Where the figures come from: the NSPCC's requests, the pages that report them, and what Signpost holds. */
function sourcesSection(): string[] {
	return [
		'## Where the figures come from',
		'',
		`Each year the NSPCC asks every UK police force, under the Freedom of Information Act, how many sexual offences against children it recorded, and publishes the answers; local and national newspapers report them. Signpost holds the figures those pages state, each with the page it comes from, the exact quote, the page's address and its date (or a note that the page shows none). Nothing is estimated, interpolated or carried over from a neighbouring year: where no published figure has been found, Signpost says so. Every figure is listed on its [area page](${SITE_PATHS.dataIndex.link}) and every page quoted is on the [sources page](${SITE_PATHS.sources.link}).`,
		'',
	];
}

/** What recorded crime does and does not show, then the domain's `CAVEATS`. */
function recordedCrimeSection(): string[] {
	return [
		'## What recorded crime does and does not show',
		'',
		'Police-recorded crime counts the offences that were reported to the police and recorded by them. It reflects how often victims and others come forward and how forces record what they are told, as well as offending. The UK Statistics Authority removed the National Statistics designation from police recorded crime in 2014 over the reliability of recording, and the Office for National Statistics has said rises in recorded sexual offences are likely to reflect better recording and more victims coming forward. The Independent Inquiry into Child Sexual Abuse describes offence data as only a partial picture: few victims tell the police at the time, and many never do.',
		'',
		...Object.values(CAVEATS).map((c) => `- ${mdText(c)}`),
		'',
	];
}

/** Each measure: its definition, what kind of figure it is, and its caveats (by nation where they differ). */
function measuresSection(dataset: Dataset): string[] {
	return [
		'## Measures',
		'',
		...dataset.measures.flatMap((m) => [
			`### ${mdText(m.name)}`,
			'',
			mdText(m.definition),
			'',
			...(m.kind === 'context' ? ['This is context, not a police-recorded figure.', ''] : []),
			...(m.kind === 'outcomes'
				? [
						'This counts police outcomes, not offences recorded; Signpost never adds it to or compares it with them.',
						'',
					]
				: []),
			...m.caveats.map((c) => `- ${mdText(c)}`),
			...m.nationCaveats.map((c) => `- ${mdText(c.text)} (${c.nations.map(nationName).join(', ')} only)`),
			'',
		]),
	];
}

/** The age bands, each as the release published it. */
function ageBandsSection(dataset: Dataset): string[] {
	return [
		'## Age bands',
		'',
		mdText(CAVEATS.ageBands),
		' Signpost keeps each band exactly as the release published it:',
		'',
		mdTable(
			['Band', 'Notes'],
			dataset.ageBands.map((b) => [mdText(b.label), mdText(b.notes ?? '')]),
		),
		'',
	];
}

/** Measures whose offence came into force during the period, where, by which law, and the pages that say so. */
function newOffencesSection(dataset: Dataset): string[] {
	const dated = dataset.measures.filter((m) => m.inForce.length > 0);
	return [
		'## Offences created during the period',
		'',
		...(dated.length === 0
			? ['No measure in the dataset starts during the period covered.']
			: dated.flatMap((m) => [
					`- ${mdText(m.name)}. Signpost answers that the offence did not exist for earlier years there, rather than reporting zero.`,
					...m.inForce.flatMap((entry) => [
						`  - ${mdText(inForceSentence(entry))}`,
						...entry.sources.map(
							(s) => `    - [${mdText(s.publisher)}](${s.url}), ${mdText(publishedText(s))}: ${mdText(`“${s.quote}”`)}`,
						),
						...(entry.note ? [`    - Note: ${mdText(entry.note)}`] : []),
					]),
				])),
		'',
	];
}

/** Every conflict recorded, with the values the sources give, each linked to its area's page. */
function conflictsSection(dataset: Dataset): string[] {
	const figures = new Map(dataset.figures.map((f) => [f.id, f]));
	const areas = new Map(dataset.areas.map((a) => [a.id, a]));
	return [
		'## Conflicts between sources',
		'',
		'When two sources give different values for the same force, year and measure, Signpost keeps both, with their sources, and computes no change from a disputed year. A test fails if two figures disagree and no conflict record names them.',
		'',
		...(dataset.conflicts.length === 0
			? ['No conflicts are recorded in the dataset.']
			: dataset.conflicts.map((c) => {
					const values = c.figures
						.map((id) => figures.get(id))
						.filter((f) => f !== undefined)
						.map((f) => {
							const area = areas.get(f.area);
							const name = area ? `[${mdText(areaLinkText(area))}](${areaPath(area).link})` : mdText(f.area);
							return `${mdText(formatFigureValue(f))} (${name}, ${f.period})`;
						});
					return `- ${mdText(c.note)} Values: ${values.join(' and ')}.`;
				})),
		'',
	];
}

/** How changes, rates and checked claims are computed, and the claims that do not reproduce. */
function derivedNumbersSection(dataset: Dataset): string[] {
	const unreproduced = dataset.claims.filter((c) => c.reproduces === false);
	return [
		'## How derived numbers are computed',
		'',
		mdText(CAVEATS.computed),
		'',
		'- Percentage change: (later count − earlier count) ÷ earlier count × 100, computed only between consecutive years where both counts are exact, undisputed, not low-confidence and of the same measure with no breakdown.',
		'- Per day: the count ÷ the number of days in the financial year (366 in a year containing 29 February).',
		'- One every N minutes: the minutes in the financial year ÷ the count. This is an average rate of recorded offences, not a statement about how often a child is abused.',
		'- Claims a source makes ("up 15 per cent") are recomputed from the cited counts; a claim that does not reproduce is kept and marked.',
		'',
		...(unreproduced.length > 0
			? [
					'Claims that do not reproduce from the cited counts:',
					'',
					...unreproduced.map((c) => `- “${mdText(c.quote)}”${c.note ? `: ${mdText(c.note)}` : ''}`),
					'',
				]
			: []),
	];
}

/**
 * Methodology and caveats: where the figures come from, what recorded crime does and does not show, the measures
 * and their definitions, age bands, the 2017 offence, conflicts and how derived numbers are computed. Built from the
 * domain's `CAVEATS`, measures, age bands, conflicts and claims.
 *
 * @example
 * ```ts
 * methodologyPage(dataset); // "# Methodology and caveats ..."
 * ```
 */
export function methodologyPage(dataset: Dataset): string {
	return [
		frontMatter({ title: 'Methodology and caveats' }),
		'',
		'# Methodology and caveats',
		'',
		...sourcesSection(),
		...recordedCrimeSection(),
		...measuresSection(dataset),
		...ageBandsSection(dataset),
		...newOffencesSection(dataset),
		...conflictsSection(dataset),
		...derivedNumbersSection(dataset),
		helpSection(SITE_PATHS.support.link),
		'',
	].join('\n');
}
