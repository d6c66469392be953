import type { MeasuresHeld } from '../answer/answer.js';
import { indexDataset } from '../dataset/dataset-index.js';
import type { Dataset } from '../schema/dataset.js';
import type { YearId } from '../schema/period-id.js';

/** Whether a figure's period is `year`, or a span ending in it (as an area's answer for that year shows it). */
const inYear = (period: string, year: YearId) => period === year || period.endsWith(`-${year}`);

/**
 * The measures an area holds figures for, in the dataset's order: for `year` where it holds any that year, else for
 * any year (marked `otherYears` when a year was asked). `undefined` when the area holds no figure at all, or holds the
 * measure `except` in that year (the answer is about a breakdown or a source, not a missing measure).
 *
 * @param except - the measure asked for
 * @example
 * ```ts
 * measuresHeld(dataset, 'staffordshire', 'sexual-communication-with-a-child')?.measures.map((m) => m.name);
 * // ["Offences recorded", "Online element"]
 * ```
 */
export function measuresHeld(
	dataset: Dataset,
	areaId: string,
	except: string,
	year?: YearId,
): MeasuresHeld | undefined {
	const figures = indexDataset(dataset).figuresByArea.get(areaId) ?? [];
	const thatYear = year ? figures.filter((f) => inYear(f.period, year)) : figures;
	const pool = thatYear.length ? thatYear : figures;
	if (pool.some((f) => f.measure === except)) return undefined;
	const held = new Set(pool.map((f) => f.measure));
	const measures = dataset.measures.filter((m) => held.has(m.id)).map((m) => ({ id: m.id, name: m.shortName }));
	if (measures.length === 0) return undefined;
	return { measures, ...(year && thatYear.length ? { year } : {}), otherYears: Boolean(year) && !thatYear.length };
}
