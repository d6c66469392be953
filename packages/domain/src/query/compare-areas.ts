import {
	type AnswerOptions,
	type CompareAnswer,
	found,
	type NotFoundAnswer,
	notFound,
	type SharedForce,
} from '../answer/answer.js';
import { conflictsAmong } from '../answer/claims-and-conflicts.js';
import { viewFigure } from '../answer/figure-view.js';
import { measureCaveats } from '../answer/measure-group.js';
import { areaNations } from '../area/area-nations.js';
import type { AreaResolutionNote } from '../area/area-resolution-note.js';
import { indexDataset } from '../dataset/dataset-index.js';
import { DEFAULT_MEASURE } from '../measure/default-measure.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import { COMPARE_NO_AREA, compareNoMatch } from '../text/query-messages.js';
import { noComparedFigure } from '../text/wording.js';
import { areaOrNotFound } from './area-or-not-found.js';
import { measureOrNotFound } from './measure-or-not-found.js';
import { personOrQuery, type QueryInputs } from './person-or-query.js';
import type { CompareQuerySchema, QueryOf } from './query-input.js';
import { sortFigureViews } from './sort-figures.js';
import { yearOrNotFound } from './year-or-not-found.js';
import { yearsHeld } from './years-held.js';

/**
 * Areas to set side by side, and optionally the year (default: the latest year all of them hold) and a measure.
 * Inferred from {@link CompareQuerySchema}, the query's one input schema.
 *
 * @property areas - The areas to set side by side (one to twenty), each as `getFigures` names an area.
 * @property year - A financial year, as `getFigures` reads one: "2016/17", "year ending March 2023"; "2023" asks which.
 * @property measure - A measure id, name or alias: "grooming", "SCWC", "online" (default: all child sexual
 *   offences recorded).
 *
 * @interface
 */
export type CompareQuery = QueryOf<typeof CompareQuerySchema>;

/** A comparison's free-text inputs by path: each area named (`areas.0`, `areas.1`), the measure and the year. */
function compareInputs(query: CompareQuery): QueryInputs {
	const named = Array.isArray(query.areas) ? query.areas.map((text, i) => [`areas.${i}`, text] as const) : [];
	return [...named, ['measure', query.measure], ['year', query.year]];
}

/** What a name compared is called in an answer: the place's own name, or the area's when it was named itself. */
function namedAs(area: Area, resolution: AreaResolutionNote): string {
	return resolution.place ?? area.name;
}

/** The areas that more than one name led to, each with what was named (never what was typed). */
function sharedForces(named: readonly { area: Area; resolution: AreaResolutionNote }[]): SharedForce[] {
	const byArea = new Map<string, { area: Area; names: string[]; inputs: string[] }>();
	for (const [i, { area, resolution }] of named.entries()) {
		const entry = byArea.get(area.id) ?? { area, names: [], inputs: [] };
		const name = namedAs(area, resolution);
		if (!entry.names.includes(name)) entry.names.push(name);
		entry.inputs.push(`areas.${i}`);
		byArea.set(area.id, entry);
	}
	return [...byArea.values()].filter((e) => e.inputs.length > 1);
}

/**
 * Each area named, resolved once (a name naming an area twice keeps its own note, and the area is shown once with
 * what was named: `sharedForces`), or the first not found.
 */
function namedAreas(
	dataset: Dataset,
	names: readonly string[],
	options: AnswerOptions,
): { areas: Area[]; resolutions: AreaResolutionNote[]; sharedForces: SharedForce[] } | NotFoundAnswer<'compare'> {
	const named: { area: Area; resolution: AreaResolutionNote }[] = [];
	for (const [i, text] of names.entries()) {
		const noMatch = compareNoMatch(i + 1, names.length);
		const resolved = areaOrNotFound(dataset, 'compare', text, options, noMatch, `areas.${i}`);
		if (resolved.status === 'not-found') return resolved;
		named.push({ area: resolved.area, resolution: resolved.resolution });
	}
	const areas = [...new Map(named.map(({ area }) => [area.id, area])).values()];
	return { areas, resolutions: named.map((n) => n.resolution), sharedForces: sharedForces(named) };
}

/**
 * Two or more areas side by side for one year: each area's headline figures for all child sexual offences recorded.
 * An area with no figure that year is shown as such, never filled in. Names that lead to one force (Cardiff and
 * Swansea) show it once, and `sharedForces` says so.
 *
 * @example
 * ```ts
 * const answer = compareAreas(dataset, { areas: ['Derbyshire', 'Staffordshire'], year: '2016/17' });
 * ```
 */
export function compareAreas(dataset: Dataset, query: CompareQuery, options: AnswerOptions = {}): CompareAnswer {
	const person = personOrQuery('compare', compareInputs(query), options);
	if (person) return person;
	const named = namedAreas(dataset, query.areas, options);
	if ('status' in named) return named;
	const { areas, resolutions, sharedForces: shared } = named;
	if (areas.length === 0) return notFound('compare', 'invalid-query', COMPARE_NO_AREA, { ...options, input: 'areas' });
	const index = indexDataset(dataset);
	const measure = measureOrNotFound(dataset, 'compare', query.measure, options, DEFAULT_MEASURE);
	if ('status' in measure) return measure;
	const heldSets = areas.map((a) => new Set(yearsHeld(dataset, { area: a.id, measure: measure.id })));
	const union = [...new Set(heldSets.flatMap((s) => [...s]))].sort();
	const reading = yearOrNotFound(dataset, 'compare', query.year, { ...options, yearsHeld: union });
	if ('status' in reading) return reading;
	const year = reading.year ?? union.filter((y) => heldSets.every((s) => s.has(y))).at(-1) ?? union.at(-1);
	const rows = areas.map((area) => ({
		area,
		figures: sortFigureViews(
			dataset,
			(index.figuresByArea.get(area.id) ?? [])
				.filter((f) => f.period === year && f.measure === measure.id && f.breakdown === null)
				.map((f) => viewFigure(index, f)),
		),
	}));
	const figures = rows.flatMap((r) => r.figures);
	if (!year || figures.length === 0) {
		return notFound('compare', 'no-published-figure', noComparedFigure(year), {
			...options,
			yearsHeld: union,
		});
	}
	const nations = [...new Set(areas.flatMap((a) => areaNations(a, index)))];
	const data = {
		year,
		measure,
		rows,
		resolutions,
		sharedForces: shared,
		measureCaveats: measureCaveats(measure, nations),
		conflicts: conflictsAmong(figures),
	};
	return found('compare', data, figures, options);
}
