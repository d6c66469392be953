import {
	type AnswerOptions,
	type AreaYearData,
	type ComputedChange,
	type FiguresAnswer,
	found,
	type NotComparedPair,
	notFound,
} from '../answer/answer.js';
import { claimsAbout, conflictsAmong } from '../answer/claims-and-conflicts.js';
import { type FigureView, viewFigure } from '../answer/figure-view.js';
import { groupByMeasure, measureCaveats, withBesideCaveats } from '../answer/measure-group.js';
import { areaNations } from '../area/area-nations.js';
import { type DatasetIndex, indexDataset } from '../dataset/dataset-index.js';
import { DEFAULT_MEASURE } from '../measure/default-measure.js';
import { inForceFor, inForceYear } from '../measure/in-force.js';
import { measureInstead } from '../measure/measure-instead.js';
import { measuresHeld } from '../measure/measures-held.js';
import { financialYear } from '../period/financial-year.js';
import { periodOf } from '../period/period-of.js';
import type { Area, Nation } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { Figure } from '../schema/figure.js';
import type { Measure } from '../schema/measure.js';
import type { YearId } from '../schema/period-id.js';
import type { CaveatKey } from '../text/caveats.js';
import { figuresHeldSentence, noMeasureFigure, noPublishedFigure, offenceNotInForce } from '../text/wording.js';
import { areaOrNotFound } from './area-or-not-found.js';
import { addComparison } from './computed-change.js';
import { laterYearsWithout } from './later-years-without.js';
import { measureOrNotFound } from './measure-or-not-found.js';
import { breakdownInputs, personOrQuery } from './person-or-query.js';
import type { FiguresQuerySchema, QueryOf } from './query-input.js';
import { type BreakdownFilter, sameBreakdown } from './same-breakdown.js';
import { sortFigureViews } from './sort-figures.js';
import { whyNoFigure } from './why-no-figure.js';
import { yearOrNotFound } from './year-or-not-found.js';
import { yearsHeld } from './years-held.js';

/**
 * What to look up: an area, optionally a year (default: the latest year held), a measure and a breakdown. Inferred
 * from {@link FiguresQuerySchema}, the query's one input schema, with the breakdown as resolved to ids.
 *
 * @property area - An area id, name or alias, or a place in it: "derbyshire", "Derbyshire Constabulary", "Notts".
 * @property year - A financial year: "2016/17", "2016-17", "16/17", "FY2016".
 * @property measure - A measure id, to limit the answer to one measure.
 *
 * @interface
 */
export type FiguresQuery = QueryOf<
	typeof FiguresQuerySchema,
	{
		/**
		 * A breakdown, to limit the answer to figures broken down exactly so: an age band id, a sex, a platform id
		 * (`{ sex: 'girls' }`). Without one, the answer holds whole-measure figures and every breakdown.
		 */
		breakdown?: BreakdownFilter | undefined;
	}
>;

/**
 * Everything held for an area and year, with the change from the previous year where both are held and the
 * sources make them comparable (one source carries both years, or a source states the change); a previous year from
 * a different release is shown beside this one with the reason no change is computed. Not-found answers say why:
 * unknown area (with suggestions), invalid year, year outside the dataset, offence not yet in force, or no published
 * figure.
 *
 * @example
 * ```ts
 * const answer = getFigures(dataset, { area: 'Derbyshire', year: '2016/17' });
 * if (answer.status === 'found') answer.data.figures[0]?.valueText; // "1,066"
 * ```
 */
export function getFigures(dataset: Dataset, query: FiguresQuery, options: AnswerOptions = {}): FiguresAnswer {
	const person = personOrQuery(
		'figures',
		[['area', query.area], ['measure', query.measure], ['year', query.year], ...breakdownInputs(query.breakdown)],
		options,
	);
	if (person) return person;
	const resolved = areaOrNotFound(dataset, 'figures', query.area, options);
	if (resolved.status === 'not-found') return resolved;
	return { ...figuresFor(dataset, resolved.area, query, options), resolution: resolved.resolution };
}

/** The figures answer for an area already resolved. */
function figuresFor(dataset: Dataset, area: Area, query: FiguresQuery, options: AnswerOptions): FiguresAnswer {
	const measure = measureOrNotFound(dataset, 'figures', query.measure, options);
	if (measure && 'status' in measure) return measure;
	const breakdown = query.breakdown;
	const held = breakdown
		? yearsOf(areaFiguresFor(dataset, area.id, measure, breakdown))
		: yearsHeld(dataset, { area: area.id, measure: measure?.id });
	let yearId = headlineYear(dataset, area.id, measure?.id, breakdown) ?? held.at(-1);
	let latest = true;
	const reading = yearOrNotFound(dataset, 'figures', query.year, { ...options, yearsHeld: held });
	if ('status' in reading) return reading;
	if (reading.year) {
		const notInForce = notInForceAnswer(dataset, area, measure, reading.year, held, options);
		if (notInForce) return notInForce;
		yearId = reading.year;
		latest = false;
	}
	const body = yearId ? areaYear(dataset, area, yearId, { measure, breakdown }, held, latest) : null;
	if (!yearId || !body)
		return noFigureAnswer(dataset, area, measure, { yearId, asked: latest ? undefined : yearId, held }, options);
	return found('figures', body.data, body.figures, { ...options, caveats: body.caveats });
}

/** The year an answer without figures was about, whether it was asked for, and the years the area holds. */
interface NoFigureYears {
	/** The year looked at: the one asked for, or the headline year. */
	readonly yearId: YearId | undefined;
	/** The year asked for, if one was. */
	readonly asked: YearId | undefined;
	readonly held: readonly YearId[];
}

/**
 * The answer when an area holds nothing for the measure (and year) asked: why, from the ledger where it says, and
 * the measures the area does hold ("No Sexual Communication with a Child figure for Staffordshire Police; figures
 * held: Offences recorded, Online element."), then the measure recorded instead where there is one.
 */
function noFigureAnswer(
	dataset: Dataset,
	area: Area,
	measure: Measure | undefined,
	{ yearId, asked, held }: NoFigureYears,
	options: AnswerOptions,
): FiguresAnswer {
	const instead = measure ? measureInstead(dataset, area, measure) : undefined;
	const others = measure ? measuresHeld(dataset, area.id, measure.id, asked) : undefined;
	const why = yearId ? whyNoFigure(dataset, area, yearId, measure?.id ?? DEFAULT_MEASURE) : undefined;
	const kept = others && {
		names: others.measures.map((m) => m.name),
		year: others.year,
		otherYears: others.otherYears,
	};
	let first: string;
	if (why) first = kept ? `${why} ${figuresHeldSentence(kept)}` : why;
	else if (measure && kept) first = noMeasureFigure(measure.shortName, area, kept, asked);
	else first = noPublishedFigure(area, yearId);
	return notFound('figures', 'no-published-figure', `${first}${instead ? ` ${instead}.` : ''}`, {
		...options,
		yearsHeld: held,
		measuresHeld: others,
	});
}

/** The "offence not in force" answer when the year asked for is before the measure's offence existed in the area. */
function notInForceAnswer(
	dataset: Dataset,
	area: Area,
	measure: Measure | undefined,
	yearId: YearId,
	held: readonly YearId[],
	options: AnswerOptions,
): FiguresAnswer | undefined {
	if (!measure) return undefined;
	const nations = areaNations(area, indexDataset(dataset));
	const entry = inForceFor(measure, nations);
	const firstYear = inForceYear(measure, nations);
	if (!entry || !firstYear || yearId >= firstYear) return undefined;
	return notFound('figures', 'offence-not-in-force', offenceNotInForce(measure.name, yearId, entry, firstYear), {
		...options,
		yearsHeld: held,
		input: 'year',
	});
}

/** What a found figures answer holds for one area, year and measure, before help is attached. */
interface AreaYearBody {
	readonly data: AreaYearData;
	readonly figures: readonly FigureView[];
	readonly caveats: readonly CaveatKey[];
}

/** The measure and breakdown an answer is limited to, either or both. */
interface FigureFilter {
	readonly measure: Measure | undefined;
	readonly breakdown: BreakdownFilter | undefined;
}

/** An area's figures, limited to a measure and a breakdown where given. */
function areaFiguresFor(
	dataset: Dataset,
	areaId: string,
	measure: Pick<Measure, 'id'> | undefined,
	breakdown: BreakdownFilter | undefined,
): Figure[] {
	return (indexDataset(dataset).figuresByArea.get(areaId) ?? []).filter(
		(f) => (!measure || f.measure === measure.id) && (!breakdown || sameBreakdown(f.breakdown, breakdown)),
	);
}

/** The years some figures are held for, oldest first (a span in its end year, as {@link yearsHeld} counts it). */
function yearsOf(figures: readonly Figure[]): YearId[] {
	return [...new Set(figures.map((f) => f.period.slice(f.period.indexOf('-') + 1)))].sort();
}

/**
 * Bodies per dataset, keyed by area id, year id, measure id, breakdown and whether the year was asked for (never by
 * text: a breakdown is the key of one the dataset holds or of none).
 */
const bodies = new WeakMap<Dataset, Map<string, AreaYearBody | null>>();

/** The figures, spans and changes held for an area and year, worked out once per dataset and cached. */
function areaYear(
	dataset: Dataset,
	area: Area,
	yearId: YearId,
	filter: FigureFilter,
	held: readonly YearId[],
	latest: boolean,
): AreaYearBody | null {
	let cache = bodies.get(dataset);
	if (!cache) {
		cache = new Map();
		bodies.set(dataset, cache);
	}
	const { measure, breakdown } = filter;
	const parts = breakdown ? [breakdown.ageBand ?? '', breakdown.sex ?? '', breakdown.platform ?? ''].join('/') : '';
	const key = `${area.id}|${yearId}|${measure?.id ?? ''}|${parts}|${latest ? 'latest' : 'asked'}`;
	let body = cache.get(key);
	if (body === undefined) {
		body = buildAreaYear(dataset, area, yearId, filter, held, latest);
		cache.set(key, body);
	}
	return body;
}

const isSpan = (f: Figure) => f.period.includes('-') && periodOf(f).kind === 'span';

/**
 * The area's headline measure: the first police-recorded measure (dataset order: offences recorded first) the area
 * holds a single-year figure for, among `figures`.
 */
function headlineMeasure(dataset: Dataset, figures: readonly Figure[]): Measure | undefined {
	const held = new Set(figures.filter((f) => !f.period.includes('-')).map((f) => f.measure));
	return (
		dataset.measures.find((m) => m.kind === 'recorded-offences' && held.has(m.id)) ??
		dataset.measures.find((m) => held.has(m.id))
	);
}

/**
 * The year an answer leads with when none is asked for: the latest year holding the area's headline measure (a
 * whole-measure figure where one is held), so a later year holding only a breakdown or another measure does not hide
 * the headline total.
 *
 * @example
 * ```ts
 * headlineYear(dataset, 'uk'); // "2022/23": 86,962 offences recorded, not 2024/25's one grooming count
 * ```
 */
export function headlineYear(
	dataset: Dataset,
	areaId: string,
	measureId?: string,
	breakdown?: BreakdownFilter,
): YearId | undefined {
	const figures = areaFiguresFor(dataset, areaId, measureId ? { id: measureId } : undefined, breakdown);
	const measure = headlineMeasure(dataset, figures);
	if (!measure) return undefined;
	const single = figures.filter((f) => f.measure === measure.id && !f.period.includes('-'));
	const whole = single.filter((f) => f.breakdown === null);
	return (whole.length ? whole : single)
		.map((f) => f.period)
		.sort()
		.at(-1);
}

/**
 * The figures shown when no year is asked for: the headline measure's in `yearId`, and each other measure's latest
 * single year.
 */
function latestFigures(areaFigures: readonly Figure[], headMeasure: Measure | undefined, yearId: YearId): Figure[] {
	const latestByMeasure = new Map<string, YearId>();
	for (const f of areaFigures) {
		if (f.period.includes('-') || f.measure === headMeasure?.id) continue;
		const year = latestByMeasure.get(f.measure);
		if (!year || f.period > year) latestByMeasure.set(f.measure, f.period);
	}
	return areaFigures.filter(
		(f) =>
			!f.period.includes('-') &&
			(f.measure === headMeasure?.id ? f.period === yearId : latestByMeasure.get(f.measure) === f.period),
	);
}

/** The caveats of the span figures' measures not already said, marking each as said. */
function unsaidCaveats(spanFigures: readonly FigureView[], nations: readonly Nation[], said: Set<string>): string[] {
	return [...new Set(spanFigures.map((v) => v.measure))].flatMap((m) =>
		measureCaveats(m, nations).filter((c) => {
			if (said.has(c)) return false;
			said.add(c);
			return true;
		}),
	);
}

/** The financial year before `year`. */
const previousYear = (year: YearId): YearId => financialYear(Number(year.slice(0, 4)) - 1).id;

/** The whole-measure figures of the year before `to`'s, in the same measure and unit. */
function previousCandidates(index: DatasetIndex, areaFigures: readonly Figure[], to: FigureView): FigureView[] {
	const previousId = previousYear(to.figure.period);
	return areaFigures
		.filter(
			(f) =>
				f.period === previousId && f.measure === to.figure.measure && f.breakdown === null && f.unit === to.figure.unit,
		)
		.map((f) => viewFigure(index, f));
}

/** The one previous-year figure, when there is exactly one and no source disputes it. */
function soleUndisputed(candidates: readonly FigureView[]): FigureView | undefined {
	const [only] = candidates;
	return candidates.length === 1 && only && only.conflicts.length === 0 ? only : undefined;
}

/** Records previous-year figures that are several, or in conflict, as disputed. */
function markDisputed(candidates: readonly FigureView[], disputed: Map<string, FigureView>): void {
	for (const view of candidates)
		if (candidates.length > 1 || view.conflicts.length > 0) disputed.set(view.figure.id, view);
}

/**
 * The change from the year before for each whole-measure figure shown, the pairs the sources do not make comparable,
 * and the previous-year figures left uncompared because they conflict or are several.
 */
function previousYearChanges(
	index: DatasetIndex,
	areaFigures: readonly Figure[],
	shown: readonly FigureView[],
): { changes: ComputedChange[]; apart: NotComparedPair[]; disputed: Map<string, FigureView> } {
	const changes: ComputedChange[] = [];
	const apart: NotComparedPair[] = [];
	const disputed = new Map<string, FigureView>();
	for (const to of shown) {
		if (to.figure.breakdown !== null) continue;
		const candidates = previousCandidates(index, areaFigures, to);
		const only = soleUndisputed(candidates);
		if (!only) {
			markDisputed(candidates, disputed);
			continue;
		}
		addComparison({ changes, apart }, only, to, index.claimsByFigure.get(to.figure.id) ?? []);
	}
	return { changes, apart, disputed };
}

/**
 * The comparisons with the year before, split by where they are said: those ending in the heading's year under
 * its own headings; another measure's, ending in its own latest year, with that measure.
 */
function byHeadingYear(
	yearId: YearId,
	changes: readonly ComputedChange[],
	apart: readonly NotComparedPair[],
	disputed: readonly FigureView[],
): Pick<
	AreaYearData,
	'changes' | 'notCompared' | 'disputedPrevious' | 'otherChanges' | 'otherNotCompared' | 'otherDisputedPrevious'
> {
	const inHeadingYear = (view: FigureView) => view.period === yearId;
	const beforeHeadingYear = (view: FigureView) => view.period === previousYear(yearId);
	return {
		changes: changes.filter((c) => inHeadingYear(c.to)),
		notCompared: apart.filter((p) => inHeadingYear(p.to)),
		disputedPrevious: disputed.filter(beforeHeadingYear),
		otherChanges: changes.filter((c) => !inHeadingYear(c.to)),
		otherNotCompared: apart.filter((p) => !inHeadingYear(p.to)),
		otherDisputedPrevious: disputed.filter((v) => !beforeHeadingYear(v)),
	};
}

/** The figures, spans and changes held for an area and year, before caching. */
function buildAreaYear(
	dataset: Dataset,
	area: Area,
	yearId: YearId,
	{ measure, breakdown }: FigureFilter,
	held: readonly YearId[],
	latest: boolean,
): AreaYearBody | null {
	const index = indexDataset(dataset);
	const areaFigures = areaFiguresFor(dataset, area.id, measure, breakdown);
	const inYear = areaFigures.filter((f) => f.period === yearId);
	const spans = areaFigures.filter((f) => isSpan(f) && f.period.endsWith(yearId));
	if (inYear.length + spans.length === 0) return null;
	const headMeasure = headlineMeasure(dataset, inYear);
	const chosen = latest ? latestFigures(areaFigures, headMeasure, yearId) : inYear;
	const views = sortFigureViews(
		dataset,
		chosen.map((f) => viewFigure(index, f)),
	);
	const nations = areaNations(area, index);
	const said = new Set<string>();
	const headViews = views.filter((v) => v.measure.id === headMeasure?.id);
	const headGroups = groupByMeasure(headViews, nations, said);
	const otherGroups = groupByMeasure(
		views.filter((v) => v.measure.id !== headMeasure?.id && v.measure.kind !== 'context'),
		nations,
		said,
	);
	const contextGroups = groupByMeasure(
		views.filter((v) => v.measure.id !== headMeasure?.id && v.measure.kind === 'context'),
		nations,
		said,
	);
	// Measures counted differently (a grooming count above the online-element count) say so where they meet.
	const groups = withBesideCaveats([...headGroups, ...otherGroups, ...contextGroups], said);
	const headline = groups[0] && headGroups.length ? groups[0] : null;
	const otherMeasures = groups.slice(headGroups.length, headGroups.length + otherGroups.length);
	const context = groups.slice(headGroups.length + otherGroups.length);
	const shown = [
		...(headline?.figures ?? []),
		...otherMeasures.flatMap((g) => g.figures),
		...context.flatMap((g) => g.figures),
	];
	const spanFigures = sortFigureViews(
		dataset,
		spans.map((f) => viewFigure(index, f)),
	);
	const spanCaveats = unsaidCaveats(spanFigures, nations, said);
	const { changes, apart, disputed } = previousYearChanges(index, areaFigures, shown);
	const disputedViews = [...disputed.values()];
	const all = [...shown, ...spanFigures];
	const claims = claimsAbout(dataset, index, all);
	return {
		data: {
			area,
			year: yearId,
			headline,
			otherMeasures,
			context,
			figures: shown,
			spanFigures,
			spanCaveats,
			...byHeadingYear(yearId, changes, apart, disputedViews),
			claims,
			conflicts: conflictsAmong([...all, ...disputedViews]),
			yearsHeld: held,
			laterYearsWithout: latest && headMeasure ? laterYearsWithout(dataset, area, yearId, headMeasure.id) : [],
		},
		figures: all,
		caveats: changes.length > 0 || claims.length > 0 ? ['computed'] : [],
	};
}
