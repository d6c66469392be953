import { type AnswerOptions, type ComputedChange, type FiguresAnswer, found, notFound } from '../answer/answer.js';
import { type FigureView, viewFigure } from '../answer/figure-view.js';
import { indexDataset } from '../dataset/dataset-index.js';
import { financialYear } from '../period/financial-year.js';
import { parseYear } from '../period/parse-period.js';
import { periodOf } from '../period/period-of.js';
import type { Dataset } from '../schema/dataset.js';
import { computeChange } from './computed-change.js';
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
 * Everything held for an area and year, with the change from the previous year where both are held and
 * comparable. Not-found answers say why: unknown area (with suggestions), invalid year, year outside the dataset,
 * offence not yet in force, or no published figure.
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
		});
	}
	const { area } = resolved;
	const index = indexDataset(dataset);
	const measure = query.measure ? index.measures.get(query.measure) : undefined;
	if (query.measure && !measure) {
		return notFound('figures', 'unknown-measure', 'That measure is not one Signpost holds.', {
			...options,
			suggestions: dataset.measures.map((m) => ({ id: m.id, name: m.shortName })),
		});
	}
	const held = yearsHeld(dataset, { area: area.id, measure: measure?.id });
	let yearId = held.at(-1);
	if (query.year !== undefined && query.year.trim() !== '') {
		const year = parseYear(query.year);
		if (!year) {
			return notFound('figures', 'invalid-year', 'That is not a financial year Signpost can read. Try "2016/17".', {
				...options,
				yearsHeld: held,
			});
		}
		const all = yearsHeld(dataset);
		const first = all[0];
		const last = all.at(-1);
		if (!first || !last || year.id < first || year.id > last) {
			return notFound('figures', 'year-outside-dataset', `Signpost holds figures from ${first} to ${last} only.`, {
				...options,
				yearsHeld: held,
			});
		}
		const inForceHere = !measure?.inForceNations || !area.nation || measure.inForceNations.includes(area.nation);
		if (measure?.inForceFrom && inForceHere && year.id < measure.inForceFrom) {
			return notFound(
				'figures',
				'offence-not-in-force',
				`${measure.name}: the offence did not exist in ${year.id}. It came into force in ${measure.inForceFrom}.`,
				{ ...options, yearsHeld: held },
			);
		}
		yearId = year.id;
	}
	const areaFigures = (index.figuresByArea.get(area.id) ?? []).filter((f) => !measure || f.measure === measure.id);
	const inYear = yearId ? areaFigures.filter((f) => f.period === yearId) : [];
	const spans = yearId
		? areaFigures.filter((f) => f.period.includes('-') && periodOf(f).kind === 'span' && f.period.endsWith(yearId))
		: [];
	if (!yearId || inYear.length + spans.length === 0) {
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
	const figures = sortFigureViews(
		dataset,
		inYear.map((f) => viewFigure(index, f)),
	);
	const spanFigures = sortFigureViews(
		dataset,
		spans.map((f) => viewFigure(index, f)),
	);
	const previousId = financialYear(Number(yearId.slice(0, 4)) - 1).id;
	const changes: ComputedChange[] = [];
	const disputed = new Map<string, FigureView>();
	for (const to of figures) {
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
		const change = computeChange(only, to);
		if (change) changes.push(change);
	}
	return found(
		'figures',
		{ area, year: yearId, figures, spanFigures, changes, disputedPrevious: [...disputed.values()], yearsHeld: held },
		[...figures, ...spanFigures],
		{
			...options,
			caveats: changes.length > 0 ? ['computed'] : [],
		},
	);
}
