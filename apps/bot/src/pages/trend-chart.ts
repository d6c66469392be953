import { areaPageSlug, type SeriesData, seriesChart, wordingFor } from '@signpost-uk/domain';
import { DISCORD_LIMITS } from '../util/constants.js';
import type { FileDraft } from '../util/respond.js';
import { docsLink } from './docs-link.js';
import type { ReplyContext } from './reply-context.js';

/** The chart of a `/trend` reply: the PNG to attach, or the line saying where to see it. */
export interface TrendChart {
	readonly file?: FileDraft;
	readonly line?: string;
}

/** An attachment's description (its alt text) is at most 1,024 characters. */

/**
 * The chart for a series, the same chart the docs site draws (the domain's `seriesChart`): rendered to PNG when
 * the context has a renderer (every transport's, unless it failed to load), with the chart's text alternative, which
 * names every value, as its alt text; otherwise a link to the chart on the area's docs page.
 *
 * @example
 * ```ts
 * trendChart(series, context).file?.name; // "trend-uk-child-sexual-offences.png"
 * ```
 */
export function trendChart(series: SeriesData, context: ReplyContext): TrendChart {
	const url = `${context.docsBaseUrl}${docsLink('area', areaPageSlug(series.area))}`;
	const seeIt = wordingFor(context.locale).pages.chartOn(series.area.shortName, url);
	if (!context.renderChart || series.points.length === 0) return { line: seeIt };
	const chart = seriesChart(series);
	return {
		file: {
			name: `trend-${series.area.id}-${series.measure.id}.png`,
			data: context.renderChart(chart.svg),
			// The table above has every value too, so a text alternative too long for Discord points to it.
			description:
				chart.text.length <= DISCORD_LIMITS.attachmentDescription
					? chart.text
					: `${chart.title}: a line chart of the values in the table.`,
		},
	};
}
