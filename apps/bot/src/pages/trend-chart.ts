import type { SeriesData } from '@signpost-uk/domain';
import type { FileDraft } from '../util/respond.js';
import { docsLink } from './docs-link.js';
import type { ReplyContext } from './reply-context.js';

/** The chart of a `/trend` reply: the PNG to attach, or the line saying where to see it. */
export interface TrendChart {
	readonly file?: FileDraft;
	readonly line?: string;
}

/**
 * The chart's text alternative: what it shows and every year's value, a disputed year with every report.
 *
 * @example
 * ```ts
 * chartAltText(series); // "Line chart of offences recorded in Kent Police by financial year. 2016/17: 1,066; …"
 * ```
 */
export function chartAltText(series: SeriesData): string {
	const years = series.points.map((p) =>
		p.figures.length > 1
			? `${p.year}: ${p.figures.map((f) => f.valueText).join(' and ')} (the sources disagree)`
			: `${p.year}: ${p.figures[0]?.valueText ?? 'no figure'}`,
	);
	return `Line chart of ${series.measure.name.toLowerCase()} for ${series.area.name}, by financial year. ${years.join('; ')}.`;
}

/**
 * Where to see the chart of a series: the area's docs page, which draws it.
 *
 * @example
 * ```ts
 * trendChart(series, context).line; // "The chart of these figures is on [Kent's page on the docs site](…)."
 * ```
 */
export function trendChart(series: SeriesData, context: ReplyContext): TrendChart {
	const url = `${context.docsBaseUrl}${docsLink('area', series.area.id)}`;
	return { line: `The chart of these figures is on [${series.area.shortName}'s page on the docs site](${url}).` };
}
