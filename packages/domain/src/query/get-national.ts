import { type AnswerOptions, found, type NationalAnswer, notFound } from '../answer/answer.js';
import { claimsAbout, conflictsAmong } from '../answer/claims-and-conflicts.js';
import { type FigureView, viewFigure } from '../answer/figure-view.js';
import { groupByMeasure, withBesideCaveats } from '../answer/measure-group.js';
import { indexDataset } from '../dataset/dataset-index.js';
import { DEFAULT_MEASURE } from '../measure/default-measure.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import { NATIONS } from '../schema/nations.js';
import { noNationalFigure } from '../text/wording.js';
import { measureOrNotFound } from './measure-or-not-found.js';
import { personOrQuery } from './person-or-query.js';
import type { NationalQuerySchema, QueryOf } from './query-input.js';
import { sortFigureViews } from './sort-figures.js';
import { yearOrNotFound } from './year-or-not-found.js';

/**
 * The year to give national figures for (default: the latest held), and optionally a measure. Inferred from
 * {@link NationalQuerySchema}, the query's one input schema.
 *
 * @property year - A financial year, as `getFigures` reads one: "2016/17", "year ending March 2023"; "2023" asks which.
 * @property measure - A measure id, name or alias ("grooming", "SCWC", "total"), to limit the answer to one measure
 *   (default: every measure held).
 *
 * @interface
 */
export type NationalQuery = QueryOf<typeof NationalQuerySchema>;

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
	const person = personOrQuery(
		'national',
		[
			['measure', query.measure],
			['year', query.year],
		],
		options,
	);
	if (person) return person;
	const index = indexDataset(dataset);
	const named = measureOrNotFound(dataset, 'national', query.measure, options);
	if (named && 'status' in named) return named;
	const measure = named?.id;
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
	const reading = yearOrNotFound(dataset, 'national', query.year, { ...options, yearsHeld: held });
	if ('status' in reading) return reading;
	// No year asked for: the latest year with a national total of offences recorded, not a later year holding only a
	// breakdown or another measure.
	const totals = national.filter((f) => f.measure === DEFAULT_MEASURE && f.breakdown === null).map((f) => f.period);
	const year = reading.year ?? totals.sort().at(-1) ?? held.at(-1);
	const ukFirst = (v: FigureView) => (v.area.kind === 'uk' ? 0 : 1);
	const measureOrder = new Map(dataset.measures.map((m, i) => [m.id, i]));
	const figures = sortFigureViews(
		dataset,
		national.filter((f) => f.period === year).map((f) => viewFigure(index, f)),
	).sort(
		(a, b) =>
			(measureOrder.get(a.measure.id) ?? 99) - (measureOrder.get(b.measure.id) ?? 99) ||
			ukFirst(a) - ukFirst(b) ||
			a.area.name.localeCompare(b.area.name),
	);
	if (!year || figures.length === 0) {
		return notFound('national', 'no-published-figure', noNationalFigure(year), {
			...options,
			yearsHeld: held,
		});
	}
	const said = new Set<string>();
	const groups = withBesideCaveats(groupByMeasure(figures, NATIONS, said), said);
	const claims = claimsAbout(dataset, index, figures);
	const data = { year, figures, groups, claims, conflicts: conflictsAmong(figures), yearsHeld: held };
	return found('national', data, figures, {
		...options,
		caveats: claims.length > 0 ? ['forcesDiffer', 'computed'] : ['forcesDiffer'],
	});
}
