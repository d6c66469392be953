import type { Dataset } from '../schema/dataset.js';

/** What a release says about one figure: enough to tell it was added, changed or withdrawn. */
export interface ReleasedFigure {
	readonly area: string;
	readonly period: string;
	readonly measure: string;
	readonly breakdown: string;
	readonly value: number;
	readonly unit: string;
	readonly qualifier: string;
	readonly confidence: string;
	/** Source ids, the citation first. */
	readonly sources: readonly string[];
}

/** A release of the dataset as its figures by id: what `signpost changes` and the download page diff. */
export interface ReleaseRecord {
	readonly version: string;
	readonly figures: Readonly<Record<string, ReleasedFigure>>;
}

/**
 * The release record of a dataset: its version and, by figure id, each figure's area, period, measure, breakdown,
 * value, unit, qualifier, confidence and source ids. The data README's release step writes the current one to
 * `data/release.json` (`pnpm --filter @signpost-uk/domain release:data`).
 *
 * @param dataset - a validated dataset
 * @returns the record
 * @example
 * ```ts
 * releaseRecord(getDataset()).figures['derbyshire-2016-17-total']?.value; // 1066
 * ```
 */
export function releaseRecord(dataset: Dataset): ReleaseRecord {
	const figures: Record<string, ReleasedFigure> = {};
	for (const f of dataset.figures) {
		const b = f.breakdown;
		figures[f.id] = {
			area: f.area,
			period: f.period,
			measure: f.measure,
			breakdown: b ? [b.ageBand, b.sex, b.platform].filter(Boolean).join(', ') : '',
			value: f.value,
			unit: f.unit,
			qualifier: f.qualifier,
			confidence: f.confidence,
			sources: f.sources.map((s) => s.source),
		};
	}
	return { version: dataset.version, figures };
}
