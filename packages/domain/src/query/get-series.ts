import {
	type AnswerOptions,
	type ComputedChange,
	found,
	type NoChange,
	type NotComparedPair,
	notFound,
	type SeriesAnswer,
	type SeriesPoint,
} from '../answer/answer.js';
import { claimsAbout, conflictsAmong } from '../answer/claims-and-conflicts.js';
import { type FigureView, viewFigure } from '../answer/figure-view.js';
import { measureCaveats } from '../answer/measure-group.js';
import { areaNations } from '../area/area-nations.js';
import { type DatasetIndex, indexDataset } from '../dataset/dataset-index.js';
import { DEFAULT_MEASURE } from '../measure/default-measure.js';
import { measureInstead } from '../measure/measure-instead.js';
import { measuresHeld } from '../measure/measures-held.js';
import { financialYear } from '../period/financial-year.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { Figure } from '../schema/figure.js';
import type { Measure } from '../schema/measure.js';
import type { YearId } from '../schema/period-id.js';
import { ANSWER_WORDING, figuresHeldSentence, noSeries } from '../text/wording.js';
import { areaOrNotFound } from './area-or-not-found.js';
import { addComparison, whyNoChange } from './computed-change.js';
import { laterYearsWithout } from './later-years-without.js';
import { measureOrNotFound } from './measure-or-not-found.js';
import { breakdownInputs, personOrQuery } from './person-or-query.js';
import type { QueryOf, SeriesQuerySchema } from './query-input.js';
import { type BreakdownFilter, sameBreakdown } from './same-breakdown.js';
import { yearOrNotFound } from './year-or-not-found.js';
import { yearsHeld } from './years-held.js';

/**
 * What to chart: an area and a measure (default: all child sexual offences recorded), optionally a range of years and
 * a breakdown. Inferred from {@link SeriesQuerySchema}, the query's one input schema, with the breakdown as resolved.
 *
 * @property area - An area id, name or alias: "derbyshire", "Derbyshire Constabulary", "Notts".
 * @property measure - A measure id or name (default: child sexual offences recorded).
 * @property from - The first financial year to include, as `getFigures` reads a year: "2016/17",
 *   "year ending March 2017".
 * @property to - The last financial year to include.
 *
 * @interface
 */
export type SeriesQuery = QueryOf<
	typeof SeriesQuerySchema,
	{
		/**
		 * A breakdown, for the series of figures broken down exactly so (`{ ageBand: 'under-thirteen' }`); without one,
		 * the whole measure. Changes are computed for the whole measure only.
		 */
		breakdown?: BreakdownFilter | undefined;
	}
>;

/**
 * The yearly headline figures of a measure for an area, oldest first, with the change between adjacent years where
 * the sources make them comparable (one source carries both, or a source states the change); adjacent years from
 * different releases are listed in `notCompared` with the reason. Years with conflicting reports carry every
 * reported value.
 *
 * @example
 * ```ts
 * const answer = getSeries(dataset, { area: 'devon and cornwall' });
 * if (answer.status === 'found') answer.data.points.map((p) => p.year);
 * ```
 */
export function getSeries(dataset: Dataset, query: SeriesQuery, options: AnswerOptions = {}): SeriesAnswer {
	const inputs = [
		['area', query.area],
		['measure', query.measure],
		['from', query.from],
		['to', query.to],
	] as const;
	const person = personOrQuery('series', [...inputs, ...breakdownInputs(query.breakdown)], options);
	if (person) return person;
	const resolved = areaOrNotFound(dataset, 'series', query.area, options);
	if (resolved.status === 'not-found') return resolved;
	return { ...seriesFor(dataset, resolved.area, query, options), resolution: resolved.resolution };
}

/** " Scotland records Communicating Indecently with a Child instead (...)." or nothing. */
function insteadText(dataset: Dataset, area: Area, measure: Measure): string {
	const instead = measureInstead(dataset, area, measure);
	return instead ? ` ${instead}.` : '';
}

/** The financial years a series is limited to. */
interface YearRange {
	from?: string | undefined;
	to?: string | undefined;
}

/** The `from` and `to` years of a query read as financial years, or the not-found answer for a year not read. */
function yearRangeOrNotFound(
	dataset: Dataset,
	area: Area,
	query: SeriesQuery,
	options: AnswerOptions,
): YearRange | SeriesAnswer {
	const range: YearRange = {};
	for (const end of ['from', 'to'] as const) {
		const reading = yearOrNotFound(dataset, 'series', query[end], {
			...options,
			yearsHeld: yearsHeld(dataset, { area: area.id }),
			input: end,
			heldChoicesOnly: false,
		});
		if ('status' in reading) return reading;
		range[end] = reading.year;
	}
	if (range.from && range.to && range.from > range.to) {
		return notFound('series', 'invalid-year', ANSWER_WORDING.notFound.yearRangeReversed, { ...options, input: 'from' });
	}
	return range;
}

/** Whether a period is one financial year inside the range. */
function inRange(period: string, range: YearRange): boolean {
	return !period.includes('-') && (!range.from || period >= range.from) && (!range.to || period <= range.to);
}

/** The figures of a series, grouped by year, oldest first. */
function pointsByYear(index: DatasetIndex, headline: readonly Figure[]): SeriesPoint[] {
	const byYear = new Map<string, ReturnType<typeof viewFigure>[]>();
	for (const figure of headline) {
		const list = byYear.get(figure.period) ?? [];
		list.push(viewFigure(index, figure));
		byYear.set(figure.period, list);
	}
	return [...byYear.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([year, figures]) => ({ year, figures, partYear: figures.some((f) => f.partYear) }));
}

/** The single figures of two consecutive years, or nothing when either year has none or several. */
function adjacentPair(
	prev: SeriesPoint | undefined,
	next: SeriesPoint | undefined,
): [FigureView, FigureView] | undefined {
	if (!prev || !next || prev.figures.length !== 1 || next.figures.length !== 1) return undefined;
	if (Number(next.year.slice(0, 4)) - Number(prev.year.slice(0, 4)) !== 1) return undefined;
	const [from] = prev.figures;
	const [to] = next.figures;
	if (!from || !to) return undefined;
	return [from, to];
}

/** The changes between adjacent years with one figure each, and the pairs the sources do not make comparable. */
function adjacentChanges(
	index: DatasetIndex,
	points: readonly SeriesPoint[],
): { changes: ComputedChange[]; apart: NotComparedPair[] } {
	const changes: ComputedChange[] = [];
	const apart: NotComparedPair[] = [];
	for (let i = 1; i < points.length; i++) {
		const adjacent = adjacentPair(points[i - 1], points[i]);
		if (!adjacent) continue;
		const [from, to] = adjacent;
		addComparison({ changes, apart }, from, to, index.claimsByFigure.get(to.figure.id) ?? []);
	}
	return { changes, apart };
}

/** The financial year after `year`: "2017/18" for "2016/17". */
function nextYear(year: YearId): YearId {
	return financialYear(Number(year.slice(0, 4)) + 1).id;
}

/** The years between the first and the last point with no figure, oldest first. */
function missingYears(points: readonly SeriesPoint[]): YearId[] {
	const held = new Set(points.map((p) => p.year));
	const last = points.at(-1)?.year;
	const missing: YearId[] = [];
	for (let year = points[0]?.year; year && last && year < last; year = nextYear(year))
		if (!held.has(year)) missing.push(year);
	return missing;
}

/** Every year after the first with no change computed from the year before, and why. */
function noChanges(
	index: DatasetIndex,
	points: readonly SeriesPoint[],
	changes: readonly ComputedChange[],
): NoChange[] {
	const changed = new Set(changes.map((c) => c.to.figure.period));
	const found: NoChange[] = [];
	for (let i = 1; i < points.length; i++) {
		const prev = points[i - 1];
		const point = points[i];
		if (!prev || !point || changed.has(point.year)) continue;
		const adjacent = adjacentPair(prev, point);
		const reason = adjacent
			? whyNoChange(adjacent[0], adjacent[1], index.claimsByFigure.get(adjacent[1].figure.id) ?? [])
			: nextYear(prev.year) === point.year
				? 'disputed'
				: 'no-figure-before';
		if (reason) found.push({ year: point.year, reason });
	}
	return found;
}

/** The later years with no figure after a series' last year, where the series runs to the latest (no `to`, no breakdown). */
function laterAfter(dataset: Dataset, area: Area, query: SeriesQuery, measure: string, last: YearId | undefined) {
	return last && !query.to && !query.breakdown ? laterYearsWithout(dataset, area, last, measure) : [];
}

/** The series answer for an area already resolved. */
function seriesFor(dataset: Dataset, area: Area, query: SeriesQuery, options: AnswerOptions): SeriesAnswer {
	const index = indexDataset(dataset);
	const measure = measureOrNotFound(dataset, 'series', query.measure, options, DEFAULT_MEASURE);
	if ('status' in measure) return measure;
	const range = yearRangeOrNotFound(dataset, area, query, options);
	if ('status' in range) return range;
	const headline = (index.figuresByArea.get(area.id) ?? []).filter(
		(f) =>
			f.measure === measure.id &&
			sameBreakdown(f.breakdown, query.breakdown ?? null) &&
			f.unit === 'count' &&
			inRange(f.period, range),
	);
	if (headline.length === 0) {
		const others = measuresHeld(dataset, area.id, measure.id);
		const held = others ? ` ${figuresHeldSentence({ names: others.measures.map((m) => m.name) })}` : '';
		return notFound(
			'series',
			'no-published-figure',
			`${noSeries(measure.shortName, area)}${held}${insteadText(dataset, area, measure)}`,
			{
				...options,
				yearsHeld: yearsHeld(dataset, { area: area.id }),
				measuresHeld: others,
			},
		);
	}
	const points = pointsByYear(index, headline);
	const { changes, apart } = adjacentChanges(index, points);
	const all = points.flatMap((p) => p.figures);
	const claims = claimsAbout(dataset, index, all);
	const data = {
		area,
		measure,
		points,
		measureCaveats: measureCaveats(measure, areaNations(area, index)),
		changes,
		notCompared: apart,
		missingYears: missingYears(points),
		noChange: noChanges(index, points, changes),
		laterYearsWithout: laterAfter(dataset, area, query, measure.id, points.at(-1)?.year),
		claims,
		conflicts: conflictsAmong(all),
	};
	return found('series', data, all, {
		...options,
		caveats: changes.length > 0 || claims.length > 0 ? ['computed'] : [],
	});
}
