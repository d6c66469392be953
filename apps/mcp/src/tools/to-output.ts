import type {
	Area,
	AreaResolutionNote,
	CitedSource,
	ComputedChange,
	FigureView,
	Measure,
	Source,
} from '@signpost-uk/sdk';
import type { z } from 'zod';
import type {
	AreaOutput,
	ChangeOutput,
	CitationOutput,
	FigureOutput,
	MeasureOutput,
	NotComparedOutput,
	ResolutionOutput,
	SourceOutput,
} from './output-schemas.js';

// Plain-JSON views of the SDK's answer parts for structured content: the same values, no new wording.

/**
 * How a name became an area, as structured content: the kind, the name matched and the sentence, not what was typed.
 *
 * @example
 * ```ts
 * resolutionOutput(answer.resolution).note; // "Reading is policed by Thames Valley Police"
 * ```
 */
export function resolutionOutput(resolution: AreaResolutionNote): z.infer<typeof ResolutionOutput> {
	return { kind: resolution.kind, matched: resolution.matched, note: resolution.note };
}

/**
 * An area as structured content.
 *
 * @example
 * ```ts
 * areaOutput(answer.data.area).shortName; // "Derbyshire"
 * ```
 */
export function areaOutput(area: Area): z.infer<typeof AreaOutput> {
	return {
		id: area.id,
		name: area.name,
		shortName: area.shortName,
		kind: area.kind,
		...(area.onsCode ? { onsCode: area.onsCode } : {}),
	};
}

/**
 * A measure as structured content.
 *
 * @example
 * ```ts
 * measureOutput(series.data.measure).definition;
 * ```
 */
export function measureOutput(measure: Measure): z.infer<typeof MeasureOutput> {
	return {
		id: measure.id,
		name: measure.name,
		shortName: measure.shortName,
		kind: measure.kind,
		definition: measure.definition,
	};
}

/**
 * A source as structured content (without the project's internal file name).
 *
 * @example
 * ```ts
 * sourceOutput(listSources().sources[0]).published; // "2018-03-14"
 * ```
 */
export function sourceOutput(source: Source): z.infer<typeof SourceOutput> {
	const { file: _file, ...rest } = source;
	return { ...rest };
}

function citationOutput(cited: CitedSource): z.infer<typeof CitationOutput> {
	return { ...sourceOutput(cited.source), quote: cited.quote };
}

/**
 * A figure as structured content: its value as the source states it, what it counts, and every source with its
 * exact quote, address and date. `computed: false`: a source states it.
 *
 * @example
 * ```ts
 * figureOutput(view).sources[0].quote;
 * ```
 */
export function figureOutput(view: FigureView): z.infer<typeof FigureOutput> {
	const { figure } = view;
	const breakdown = figure.breakdown;
	return {
		id: figure.id,
		area: areaOutput(view.area),
		period: figure.period,
		measure: measureOutput(view.measure),
		label: view.label,
		value: figure.value,
		valueText: view.valueText,
		unit: figure.unit,
		qualifier: figure.qualifier,
		...(view.ageBand ? { ageBand: view.ageBand.label } : {}),
		...(breakdown?.sex ? { sex: breakdown.sex } : {}),
		...(breakdown?.platform ? { platform: breakdown.platform } : {}),
		lowConfidence: view.lowConfidence,
		computed: false,
		sources: view.sources.map(citationOutput),
		...(view.republishedOnly ? { republishedOnly: view.republishedOnly } : {}),
		conflicts: view.conflicts.map((c) => ({
			id: c.id,
			note: c.note,
			values: c.values.map((v) => ({
				figureId: v.figureId,
				valueText: v.valueText,
				sources: v.sources.map(citationOutput),
			})),
		})),
	};
}

/**
 * A change Signpost computed between two cited counts: `computed: true`.
 *
 * @example
 * ```ts
 * changeOutput(answer.data.changes[0]).computed; // true
 * ```
 */
export function changeOutput(change: ComputedChange): z.infer<typeof ChangeOutput> {
	return {
		label: change.to.label,
		fromPeriod: change.from.figure.period,
		toPeriod: change.to.figure.period,
		fromFigureId: change.from.figure.id,
		toFigureId: change.to.figure.id,
		fromValueText: change.from.valueText,
		toValueText: change.to.valueText,
		percent: change.percent,
		computed: true,
	};
}

/**
 * Two adjacent years shown side by side with no change computed, and the reason.
 *
 * @example
 * ```ts
 * notComparedOutput(series.data.notCompared[0]).reason;
 * ```
 */
export function notComparedOutput(pair: {
	readonly from: FigureView;
	readonly to: FigureView;
	readonly reason: string;
}): z.infer<typeof NotComparedOutput> {
	return {
		fromFigureId: pair.from.figure.id,
		toFigureId: pair.to.figure.id,
		fromPeriod: pair.from.figure.period,
		toPeriod: pair.to.figure.period,
		reason: pair.reason,
	};
}
