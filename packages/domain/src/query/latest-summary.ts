import type { FigureView } from '../answer/figure-view.js';
import { viewFigure } from '../answer/figure-view.js';
import { indexDataset } from '../dataset/dataset-index.js';
import { DEFAULT_MEASURE } from '../measure/default-measure.js';
import type { Area } from '../schema/area.js';
import type { Dataset } from '../schema/dataset.js';
import type { Measure } from '../schema/measure.js';
import type { YearId } from '../schema/period-id.js';
import { SUMMARY_WORDING } from '../text/summary-wording.js';
import { areaName } from '../text/wording.js';
import { sortFigureViews } from './sort-figures.js';

/** The latest year of one measure for an area, with its headline figure (two or more when the sources disagree). */
export interface LatestFigure {
	readonly measure: Measure;
	readonly year: YearId;
	readonly figures: readonly FigureView[];
	readonly disputed: boolean;
	/** The figure in a few words: "Sexual Communication with a Child: 285, for 2022/23". */
	readonly text: string;
}

/** What an area's figures say first: the latest total, the latest of every other measure, and how old the total is. */
export interface LatestSummary {
	readonly area: Area;
	/** The latest offences-recorded total ({@link DEFAULT_MEASURE}), or `null` when the sources give none. */
	readonly total: LatestFigure | null;
	/** The latest headline figure of every other measure held for the area, in the dataset's measure order. */
	readonly others: readonly LatestFigure[];
	/** The newest year any area has a total for, to say how old this area's total is. */
	readonly newestTotalYear: YearId | null;
	/** Whether the total is {@link STALE_AFTER_YEARS} or more years older than the newest total held anywhere. */
	readonly stale: boolean;
	/** The summary in plain sentences, the total first. */
	readonly sentences: readonly string[];
}

/** How many years behind the newest total held anywhere an area's total is before the summary says so. */
export const STALE_AFTER_YEARS = 3;

const start = (year: string) => Number(year.slice(0, 4));

function latestOf(dataset: Dataset, area: Area, measure: Measure): LatestFigure | null {
	const index = indexDataset(dataset);
	const headline = (index.figuresByArea.get(area.id) ?? []).filter(
		(f) => f.measure === measure.id && f.breakdown === null && !f.period.includes('-'),
	);
	const year = headline
		.map((f) => f.period)
		.sort()
		.at(-1);
	if (!year) return null;
	const inYear = headline.filter((f) => f.period === year);
	// A count and a percentage for one year are two figures, not a dispute: the count is the headline.
	const unit = inYear.some((f) => f.unit === 'count') ? 'count' : inYear[0]?.unit;
	const figures = sortFigureViews(
		dataset,
		inYear.filter((f) => f.unit === unit).map((f) => viewFigure(index, f)),
	);
	const disputed = figures.length > 1 || figures.some((f) => f.conflicts.length > 0);
	const text = SUMMARY_WORDING.latestFigure(
		measure.shortName,
		SUMMARY_WORDING.values(figures.map((f) => f.valueText)),
		year,
		disputed,
	);
	return { measure, year, figures, disputed, text };
}

const valuesText = (latest: LatestFigure) => SUMMARY_WORDING.values(latest.figures.map((f) => f.valueText));

/**
 * An area's figures, latest first: the latest offences-recorded total and its year, the latest figure of every
 * other measure with its year, and a plain sentence when the total is several years older than the newest total
 * held for any area ("The most recent total the sources give for Metropolitan Police Service is for 2013/14.").
 * Disputed years give every value. No figure is estimated: an area without a total says so.
 *
 * @example
 * ```ts
 * const summary = latestSummary(dataset, derbyshire);
 * summary.total?.year; // "2018/19"
 * summary.sentences[0]; // "The latest total the sources give for Derbyshire Constabulary is 1,183 offences recorded, for 2018/19."
 * ```
 */
export function latestSummary(dataset: Dataset, area: Area): LatestSummary {
	const index = indexDataset(dataset);
	const totalMeasure = index.measures.get(DEFAULT_MEASURE);
	const total = totalMeasure ? latestOf(dataset, area, totalMeasure) : null;
	const others = dataset.measures
		.filter((m) => m.id !== DEFAULT_MEASURE)
		.flatMap((m) => {
			const latest = latestOf(dataset, area, m);
			return latest ? [latest] : [];
		});
	const newestTotalYear =
		dataset.figures
			.filter((f) => f.measure === DEFAULT_MEASURE && f.breakdown === null && !f.period.includes('-'))
			.map((f) => f.period)
			.sort()
			.at(-1) ?? null;
	const stale =
		total !== null && newestTotalYear !== null && start(newestTotalYear) - start(total.year) >= STALE_AFTER_YEARS;
	const name = areaName(area);
	const sentences = [
		!total
			? SUMMARY_WORDING.noTotal(name)
			: total.disputed
				? SUMMARY_WORDING.latestTotalDisputed(name, total.year, valuesText(total))
				: SUMMARY_WORDING.latestTotal(name, valuesText(total), total.year),
		...(stale && total && newestTotalYear ? [SUMMARY_WORDING.staleTotal(name, total.year, newestTotalYear)] : []),
	];
	return { area, total, others, newestTotalYear, stale, sentences };
}
