import { type AnswerOptions, found, type NationalAnswer, notFound } from '../answer/answer.js';
import { viewFigure } from '../answer/figure-view.js';
import { indexDataset } from '../dataset/dataset-index.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import { readYear } from './read-year.js';
import { sortFigureViews } from './sort-figures.js';

/** The year to give national figures for (default: the latest held). */
export interface NationalQuery {
	year?: string | undefined;
	/** A measure id, to limit the answer to one measure (default: every measure held). */
	measure?: string | undefined;
}

/**
 * Whether an area's figures count as national: the UK, a nation, England and Wales (with or without Northern
 * Ireland), or the single force of Scotland or Northern Ireland.
 *
 * @example
 * ```ts
 * isNationalArea({ id: 'uk', kind: 'uk' }); // true
 * ```
 */
export function isNationalArea(area: Pick<Area, 'id' | 'kind' | 'members'>): boolean {
	return (
		area.kind === 'uk' ||
		area.kind === 'nation' ||
		area.id === 'police-scotland' ||
		area.id === 'psni' ||
		(area.kind === 'group' && !area.members)
	);
}

/**
 * UK-wide and national figures for a year: the UK, England and Wales, Scotland, Wales, Northern Ireland.
 *
 * @example
 * ```ts
 * const answer = getNational(dataset, { year: '2016/17' });
 * ```
 */
export function getNational(dataset: Dataset, query: NationalQuery = {}, options: AnswerOptions = {}): NationalAnswer {
	const index = indexDataset(dataset);
	const measure = query.measure?.trim() || undefined;
	if (measure !== undefined && !index.measures.has(measure))
		return notFound('national', 'unknown-measure', 'That measure is not one Signpost holds.', {
			...options,
			input: 'measure',
		});
	const national = dataset.figures.filter((f) => {
		const area = index.areas.get(f.area);
		return (
			area !== undefined &&
			isNationalArea(area) &&
			!f.period.includes('-') &&
			(measure === undefined || f.measure === measure)
		);
	});
	const held = [...new Set(national.map((f) => f.period))].sort();
	const reading = readYear(dataset, query.year);
	if (!reading.ok)
		return notFound('national', reading.reason, reading.message, { ...options, yearsHeld: held, input: 'year' });
	const year = reading.year ?? held.at(-1);
	const figures = sortFigureViews(
		dataset,
		national.filter((f) => f.period === year).map((f) => viewFigure(index, f)),
	).sort((a, b) => (a.area.kind === 'uk' ? 0 : 1) - (b.area.kind === 'uk' ? 0 : 1));
	if (!year || figures.length === 0) {
		return notFound(
			'national',
			'no-published-figure',
			`Signpost holds no published national figure${year ? ` for ${year}` : ''}.`,
			{
				...options,
				yearsHeld: held,
			},
		);
	}
	return found('national', { year, figures, yearsHeld: held }, figures, { ...options, caveats: ['forcesDiffer'] });
}
