import type { DatasetIndex } from '../dataset/dataset-index.js';
import type { AgeBand } from '../schema/age-band.js';
import type { Area } from '../schema/area.js';
import type { ConflictKind } from '../schema/conflict.js';
import type { Figure } from '../schema/figure.js';
import type { Measure } from '../schema/measure.js';
import type { PeriodId } from '../schema/period-id.js';
import type { Source } from '../schema/source.js';
import { periodText } from '../text/figure-period.js';
import { formatFigureValue } from '../text/format-value.js';
import { areaName, coverageNotes, platformName } from '../text/wording.js';
import { bestSourceFirst, republishedOnlyMark } from './best-source-first.js';

/** A source as cited by one figure: the source and the exact quote. */
export interface CitedSource {
	readonly source: Source;
	readonly quote: string;
}

/** The other side of a conflict, as shown beside a figure. */
export interface ConflictingValue {
	readonly figureId: string;
	/** The other value's area, where it is not the figure's own (a total its parts do not add up to). */
	readonly areaName?: string | undefined;
	readonly valueText: string;
	readonly sources: readonly CitedSource[];
}

/** A conflict a figure is part of, with every value the sources give. */
export interface ConflictView {
	readonly id: string;
	/** `disagreement`, or `revision` (a later release restates the year). */
	readonly kind: ConflictKind;
	readonly note: string;
	readonly values: readonly ConflictingValue[];
}

/** A figure ready to show: resolved area, measure, age band and sources, formatted value, conflicts. */
export interface FigureView {
	readonly figure: Figure;
	readonly area: Area;
	readonly measure: Measure;
	readonly ageBand?: AgeBand | undefined;
	/** The year or span the figure is for ("2019/20", "2017/18-2022/23"): part of the figure, never left to a heading. */
	readonly period: PeriodId;
	/** The period as said: "2019/20", "2017/18 to 2022/23". */
	readonly periodText: string;
	/** What the number counts, e.g. "Offences recorded, victims aged ten and under". */
	readonly label: string;
	/** The value with its qualifier, e.g. "more than 34,000", "8%", "1,066". */
	readonly valueText: string;
	/** Every source with its quote, the best first: the publisher itself, then a newsroom or broadcaster, then the rest. */
	readonly sources: readonly CitedSource[];
	/**
	 * Set when every source is a site that republishes others' stories: "reported only by Care Appointments, which
	 * republishes news". Every renderer shows it beside the figure.
	 */
	readonly republishedOnly: string | undefined;
	readonly conflicts: readonly ConflictView[];
	readonly lowConfidence: boolean;
	/**
	 * What the figure covers when it is not a whole year from every force: "part of the year only: ...", "41 of 44
	 * forces gave data", "excluding Greater Manchester Police", "only where the victim's age was recorded".
	 */
	readonly coverage: readonly string[];
	/** True when the figure covers part of a year only: never used in a computed change or a trend without the mark. */
	readonly partYear: boolean;
}

function breakdownLabel(figure: Figure, ageBand: AgeBand | undefined): string {
	const b = figure.breakdown;
	if (!b) return '';
	const known = figure.coverage?.knownOnly;
	const parts: string[] = [];
	// Some bands' labels say "aged" already ("aged 14"): never "victims aged aged 14".
	if (ageBand) parts.push(`victims ${/^aged\b/.test(ageBand.label) ? '' : 'aged '}${ageBand.label}`);
	if (b.sex)
		parts.push(
			`where the victim was a ${b.sex === 'girls' ? 'girl' : 'boy'}${known === 'sex' ? '' : ' (of those where sex was known)'}`,
		);
	if (b.platform)
		parts.push(
			`on ${platformName(b.platform)}${known === 'platform' ? '' : ' (of those where the platform was known)'}`,
		);
	return parts.join(', ');
}

/** A figure's sources with their quotes, the best first ({@link bestSourceFirst}). */
function cite(index: DatasetIndex, figure: Figure): CitedSource[] {
	return bestSourceFirst(
		figure.sources.flatMap((ref) => {
			const source = index.sources.get(ref.source);
			return source ? [{ source, quote: ref.quote }] : [];
		}),
	);
}

/**
 * Resolves a figure into what answers and renderers show.
 *
 * @example
 * ```ts
 * viewFigure(indexDataset(dataset), figure).valueText; // "1,066"
 * ```
 */
export function viewFigure(index: DatasetIndex, figure: Figure): FigureView {
	const area = index.areas.get(figure.area);
	const measure = index.measures.get(figure.measure);
	if (!area || !measure) throw new Error(`figure ${figure.id} names an unknown area or measure`);
	const ageBand = figure.breakdown?.ageBand ? index.ageBands.get(figure.breakdown.ageBand) : undefined;
	const detail = breakdownLabel(figure, ageBand);
	const sources = cite(index, figure);
	const conflicts = (index.conflictsByFigure.get(figure.id) ?? []).map((conflict) => ({
		id: conflict.id,
		kind: conflict.kind,
		note: conflict.note,
		values: conflict.figures.flatMap((id) => {
			const other = index.figures.get(id);
			if (!other) return [];
			const areaName = other.area === figure.area ? undefined : index.areas.get(other.area)?.shortName;
			return [{ figureId: id, areaName, valueText: formatFigureValue(other), sources: cite(index, other) }];
		}),
	}));
	return {
		figure,
		area,
		measure,
		ageBand,
		period: figure.period,
		periodText: periodText(figure.period),
		label: detail ? `${measure.shortName}, ${detail}` : measure.shortName,
		valueText: formatFigureValue(figure),
		sources,
		republishedOnly: republishedOnlyMark(sources),
		conflicts,
		lowConfidence: figure.confidence === 'low',
		coverage: coverageNotes(figure.coverage, (id) => {
			const excluded = index.areas.get(id);
			return excluded ? areaName(excluded) : id;
		}),
		partYear: figure.coverage?.partYear !== undefined,
	};
}
