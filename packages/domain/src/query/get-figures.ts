import {
	type AnswerOptions,
	type AreaYearData,
	type ComputedChange,
	type FiguresAnswer,
	found,
	type NotComparedPair,
	notFound,
} from '../answer/answer.js';
import type { CaveatKey } from '../answer/caveats.js';
import { type FigureView, viewFigure } from '../answer/figure-view.js';
import { indexDataset } from '../dataset/dataset-index.js';
import { financialYear } from '../period/financial-year.js';
import { periodOf } from '../period/period-of.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { Measure } from '../schema/measure.js';
import type { YearId } from '../schema/period-id.js';
import { computeChange, notCompared } from './computed-change.js';
import { readYear } from './read-year.js';
import { resolveArea } from './resolve-area.js';
import { sortFigureViews } from './sort-figures.js';
import { yearsHeld } from './years-held.js';

/** What to look up: an area, optionally a year (default: the latest year held) and a measure. */
export interface FiguresQuery {
	/** An area id, name or alias: "derbyshire", "Derbyshire Constabulary", "Notts". */
	area: string;
	/** A financial year: "2016/17", "2016-17", "16/17", "FY2016". */
	year?: string | undefined;
	/** A measure id, to limit the answer to one measure. */
	measure?: string | undefined;
}

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
	const resolved = resolveArea(dataset, query.area);
	if (resolved.status === 'not-found') {
		return notFound('figures', 'unknown-area', 'No area matches that name.', {
			...options,
			suggestions: resolved.suggestions,
			input: 'area',
		});
	}
	const { area } = resolved;
	const index = indexDataset(dataset);
	const measure = query.measure ? index.measures.get(query.measure) : undefined;
	if (query.measure && !measure) {
		return notFound('figures', 'unknown-measure', 'That measure is not one Signpost holds.', {
			...options,
			suggestions: dataset.measures.map((m) => ({ id: m.id, name: m.shortName })),
			input: 'measure',
		});
	}
	const held = yearsHeld(dataset, { area: area.id, measure: measure?.id });
	let yearId = held.at(-1);
	const reading = readYear(dataset, query.year);
	if (!reading.ok)
		return notFound('figures', reading.reason, reading.message, { ...options, yearsHeld: held, input: 'year' });
	if (reading.year) {
		const inForceHere = !measure?.inForceNations || !area.nation || measure.inForceNations.includes(area.nation);
		if (measure?.inForceFrom && inForceHere && reading.year < measure.inForceFrom) {
			return notFound(
				'figures',
				'offence-not-in-force',
				`${measure.name}: the offence did not exist in ${reading.year}. It came into force in ${measure.inForceFrom}.`,
				{ ...options, yearsHeld: held, input: 'year' },
			);
		}
		yearId = reading.year;
	}
	const body = yearId ? areaYear(dataset, area, yearId, measure, held) : null;
	if (!yearId || !body) {
		const where = yearId ? ` for ${yearId}` : '';
		return notFound(
			'figures',
			'no-published-figure',
			`Signpost holds no published figure for ${area.shortName}${where}.`,
			{
				...options,
				yearsHeld: held,
			},
		);
	}
	return found('figures', body.data, body.figures, { ...options, caveats: body.caveats });
}

/** What a found figures answer holds for one area, year and measure, before help is attached. */
interface AreaYearBody {
	readonly data: AreaYearData;
	readonly figures: readonly FigureView[];
	readonly caveats: readonly CaveatKey[];
}

/** Bodies per dataset, keyed by area id, year id and measure id (never by what a user typed). */
const bodies = new WeakMap<Dataset, Map<string, AreaYearBody | null>>();

/** The figures, spans and changes held for an area and year, worked out once per dataset and cached. */
function areaYear(
	dataset: Dataset,
	area: Area,
	yearId: YearId,
	measure: Measure | undefined,
	held: readonly YearId[],
): AreaYearBody | null {
	let cache = bodies.get(dataset);
	if (!cache) {
		cache = new Map();
		bodies.set(dataset, cache);
	}
	const key = `${area.id}|${yearId}|${measure?.id ?? ''}`;
	let body = cache.get(key);
	if (body === undefined) {
		body = buildAreaYear(dataset, area, yearId, measure, held);
		cache.set(key, body);
	}
	return body;
}

function buildAreaYear(
	dataset: Dataset,
	area: Area,
	yearId: YearId,
	measure: Measure | undefined,
	held: readonly YearId[],
): AreaYearBody | null {
	const index = indexDataset(dataset);
	const areaFigures = (index.figuresByArea.get(area.id) ?? []).filter((f) => !measure || f.measure === measure.id);
	const inYear = areaFigures.filter((f) => f.period === yearId);
	const spans = areaFigures.filter(
		(f) => f.period.includes('-') && periodOf(f).kind === 'span' && f.period.endsWith(yearId),
	);
	if (inYear.length + spans.length === 0) return null;
	const yearFigures = sortFigureViews(
		dataset,
		inYear.map((f) => viewFigure(index, f)),
	);
	const spanFigures = sortFigureViews(
		dataset,
		spans.map((f) => viewFigure(index, f)),
	);
	const previousId = financialYear(Number(yearId.slice(0, 4)) - 1).id;
	const changes: ComputedChange[] = [];
	const apart: NotComparedPair[] = [];
	const disputed = new Map<string, FigureView>();
	for (const to of yearFigures) {
		if (to.figure.breakdown !== null) continue;
		const candidates = areaFigures
			.filter(
				(f) =>
					f.period === previousId &&
					f.measure === to.figure.measure &&
					f.breakdown === null &&
					f.unit === to.figure.unit,
			)
			.map((f) => viewFigure(index, f));
		const [only] = candidates;
		if (candidates.length !== 1 || !only || only.conflicts.length > 0) {
			for (const view of candidates)
				if (candidates.length > 1 || view.conflicts.length > 0) disputed.set(view.figure.id, view);
			continue;
		}
		const claims = index.claimsByFigure.get(to.figure.id) ?? [];
		const change = computeChange(only, to, claims);
		if (change) changes.push(change);
		else {
			const pair = notCompared(only, to, claims);
			if (pair) apart.push(pair);
		}
	}
	const figures = [...yearFigures, ...spanFigures];
	return {
		data: {
			area,
			year: yearId,
			figures: yearFigures,
			spanFigures,
			changes,
			notCompared: apart,
			disputedPrevious: [...disputed.values()],
			yearsHeld: held,
		},
		figures,
		caveats: changes.length > 0 ? ['computed'] : [],
	};
}
