import type { SeriesData, SeriesPoint } from '../answer/answer.js';
import type { FigureView } from '../answer/figure-view.js';
import type { YearId } from '../schema/period-id.js';
import { CHART_WORDING } from '../text/chart-wording.js';

/** One line of a chart: two consecutive years, each with one undisputed value, that the sources compare. */
export interface ChartSegment {
	readonly from: YearId;
	readonly to: YearId;
	readonly fromValue: number;
	readonly toValue: number;
}

/** One held year as a chart draws it: every value the sources give (two or more when they disagree). */
export interface ChartYear {
	readonly year: YearId;
	readonly values: readonly number[];
	readonly texts: readonly string[];
	readonly disputed: boolean;
}

/** A series drawn as an SVG, with its text alternative and the data the drawing was made from. */
export interface SeriesChart {
	/** The id of the `<svg>` element; its `<title>` and `<desc>` ids derive from it. */
	readonly id: string;
	readonly title: string;
	/** A self-contained SVG document fragment (presentation attributes, no external CSS needed), 380 × 260 units. */
	readonly svg: string;
	/** The text alternative: every year in the chart's span, with its value(s), "no published figure" or a dispute. */
	readonly text: string;
	/** A one-sentence key: what lines, gaps and disputed years mean in this chart. */
	readonly note: string;
	readonly years: readonly ChartYear[];
	/** The lines drawn; never across a missing year, a disputed year or two releases no source compares. */
	readonly segments: readonly ChartSegment[];
	/** Values whose label did not fit without overlapping another; they stay in {@link SeriesChart.text}. */
	readonly unlabelled: readonly { readonly year: YearId; readonly text: string }[];
}

/** Options for {@link seriesChart}. */
export interface SeriesChartOptions {
	/** The SVG element's id (default `chart-<area>-<measure>`). */
	readonly id?: string | undefined;
}

/** The chart's size in SVG units and its one text size: 14 units stays above 12 px in a 342 px phone column. */
export const SERIES_CHART_SIZE = { width: 380, height: 260, fontSize: 14 } as const;

const { width: W, height: H, fontSize: FONT } = SERIES_CHART_SIZE;
const PAD = { top: 24, right: 36, bottom: 44 } as const;
const COLOURS = { text: '#1f2328', grid: '#c9d1d9', line: '#1d4e89', disputed: '#a4262c', bg: '#ffffff' } as const;
const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
/** A generous width per character at {@link FONT}, so estimated label boxes are never smaller than drawn ones. */
const CHAR_W = FONT * 0.62;

interface Box {
	readonly x1: number;
	readonly y1: number;
	readonly x2: number;
	readonly y2: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
const startYear = (year: string) => Number(year.slice(0, 4));
const xml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `max`, so the axis ends on a round number. */
function niceMax(max: number): number {
	if (max <= 0) return 1;
	const power = 10 ** Math.floor(Math.log10(max));
	const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= max) ?? 10;
	return step * power;
}

/** Whether one source carries both figures, or the series computed a change between them. */
function joined(data: SeriesData, from: FigureView, to: FigureView): boolean {
	if (data.changes.some((c) => c.from.figure.id === from.figure.id && c.to.figure.id === to.figure.id)) return true;
	if (data.notCompared.some((p) => p.from.figure.id === from.figure.id && p.to.figure.id === to.figure.id))
		return false;
	const fromSources = new Set(from.sources.map((s) => s.source.id));
	return to.sources.some((s) => fromSources.has(s.source.id));
}

function chartSegments(data: SeriesData): ChartSegment[] {
	const segments: ChartSegment[] = [];
	data.points.forEach((point, i) => {
		const next = data.points[i + 1];
		if (!next || point.figures.length !== 1 || next.figures.length !== 1) return;
		if (startYear(next.year) - startYear(point.year) !== 1) return;
		const [from] = point.figures;
		const [to] = next.figures;
		if (!from || !to || !joined(data, from, to)) return;
		segments.push({ from: point.year, to: next.year, fromValue: from.figure.value, toValue: to.figure.value });
	});
	return segments;
}

function chartYear(point: SeriesPoint): ChartYear {
	return {
		year: point.year,
		values: point.figures.map((f) => f.figure.value),
		texts: point.figures.map((f) => f.valueText),
		disputed: point.figures.length > 1,
	};
}

/**
 * The text alternative of a chart: every year from the first held to the last, each with its value, "no published
 * figure" for a missing year, and every value of a year the sources disagree about.
 *
 * @example
 * ```ts
 * seriesChartText('Offences recorded, Derbyshire', years);
 * // "Offences recorded, Derbyshire, by financial year: 2015/16: 983 or 166 (the sources disagree); 2016/17: 1,066."
 * ```
 */
export function seriesChartText(title: string, years: readonly ChartYear[]): string {
	const byStart = new Map(years.map((y) => [startYear(y.year), y]));
	const starts = [...byStart.keys()];
	const parts: string[] = [];
	for (let start = Math.min(...starts); start <= Math.max(...starts); start++) {
		const held = byStart.get(start);
		const label = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
		if (!held) parts.push(`${label}: no published figure`);
		else if (held.disputed) parts.push(`${held.year}: ${held.texts.join(' or ')} (the sources disagree)`);
		else parts.push(`${held.year}: ${held.texts[0] ?? 'no published figure'}`);
	}
	return `${title}, by financial year: ${parts.join('; ')}.`;
}

function chartNote(years: readonly ChartYear[], segments: readonly ChartSegment[]): string {
	const gaps = years.some((y, i) => i > 0 && startYear(y.year) - startYear(years[i - 1]?.year ?? y.year) > 1);
	const apart = years.length - 1 - segments.length;
	const parts: string[] = [CHART_WORDING.joined];
	if (gaps) parts.push(CHART_WORDING.gaps);
	if (years.some((y) => y.disputed)) parts.push(CHART_WORDING.disputed);
	else if (apart > 0 && !gaps) parts.push(CHART_WORDING.apart);
	return parts.join(' ');
}

/** Places labels one at a time, each at the first candidate spot that overlaps nothing placed before it. */
class LabelPlacer {
	readonly #taken: Box[] = [];
	readonly #bounds: Box = { x1: 0, y1: 0, x2: W, y2: H - PAD.bottom + 4 };

	constructor(obstacles: readonly Box[]) {
		this.#taken.push(...obstacles);
	}

	/** The first candidate that fits, as an SVG `<text>` position; `null` when none does. */
	place(
		text: string,
		candidates: readonly { x: number; y: number; anchor: 'start' | 'middle' | 'end' }[],
		bounds: Box = this.#bounds,
	) {
		const w = text.length * CHAR_W;
		for (const candidate of candidates) {
			const c = { ...candidate, x: round(candidate.x), y: round(candidate.y) };
			const x1 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
			const box = { x1, y1: c.y - FONT, x2: x1 + w, y2: c.y + 4 };
			if (box.x1 < bounds.x1 || box.x2 > bounds.x2 || box.y1 < bounds.y1 || box.y2 > bounds.y2) continue;
			if (this.#taken.some((t) => overlaps(t, box))) continue;
			this.#taken.push(box);
			return c;
		}
		return null;
	}
}

function textElement(x: number, y: number, anchor: string, cls: string, text: string, fill: string = COLOURS.text) {
	return `<text x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" class="${cls}" fill="${fill}" stroke="${COLOURS.bg}" stroke-width="3" paint-order="stroke">${xml(text)}</text>`;
}

/** Where a start year and a value sit on the chart, and the plot's edges. */
interface ChartScale {
	readonly left: number;
	readonly first: number;
	readonly last: number;
	readonly max: number;
	readonly x: (start: number) => number;
	readonly y: (value: number) => number;
	readonly xOf: (year: string) => number;
}

function chartScale(years: readonly ChartYear[]): ChartScale {
	const starts = years.map((y) => startYear(y.year));
	const first = Math.min(...starts);
	const last = Math.max(...starts);
	const max = niceMax(Math.max(...years.flatMap((y) => y.values)));
	// Room on the left for the widest axis number, and for half of the first year's label.
	const left = Math.max(44, Math.ceil(max.toLocaleString('en-GB').length * CHAR_W) + 12);
	const plotW = W - left - PAD.right;
	const plotH = H - PAD.top - PAD.bottom;
	const x = (start: number) => left + (last === first ? plotW / 2 : ((start - first) / (last - first)) * plotW);
	const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
	return { left, first, last, max, x, y, xOf: (year: string) => x(startYear(year)) };
}

/** The value axis (0, half, max) with its numbers, and a small tick for every year of the span. */
function chartGrid(scale: ChartScale, obstacles: Box[]): string[] {
	const { left, first, last, max, x, y } = scale;
	const grid: string[] = [];
	for (const tick of [0, max / 2, max]) {
		const tickText = tick.toLocaleString('en-GB');
		obstacles.push({ x1: left - 6 - tickText.length * CHAR_W, y1: y(tick) + 5 - FONT, x2: left - 6, y2: y(tick) + 9 });
		grid.push(
			`<line x1="${left}" x2="${W - PAD.right}" y1="${round(y(tick))}" y2="${round(y(tick))}" class="sp-grid" stroke="${COLOURS.grid}" stroke-width="1"/>`,
			textElement(left - 6, y(tick) + 5, 'end', 'sp-axis', tickText),
		);
	}
	// A small tick for every year of the span, held or not, so a missing year reads as a place with nothing in it.
	for (let start = first; start <= last; start++)
		grid.push(
			`<line x1="${round(x(start))}" x2="${round(x(start))}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom + 5}" class="sp-grid" stroke="${COLOURS.grid}" stroke-width="1"/>`,
		);
	return grid;
}

/** One year's marks: a dashed range when disputed, then a point per value (each point an obstacle for labels). */
function yearMarks(scale: ChartScale, year: ChartYear, obstacles: Box[]): string[] {
	const { y } = scale;
	const px = scale.xOf(year.year);
	const marks: string[] = [];
	if (year.disputed) {
		const top = y(Math.max(...year.values));
		const bottom = y(Math.min(...year.values));
		marks.push(
			`<line x1="${round(px)}" x2="${round(px)}" y1="${round(top)}" y2="${round(bottom)}" class="sp-range" stroke="${COLOURS.disputed}" stroke-width="2" stroke-dasharray="4 3" data-year="${year.year}"/>`,
		);
	}
	for (const value of year.values) {
		const py = y(value);
		const r = year.disputed ? 8 : 6;
		obstacles.push({ x1: px - r, y1: py - r, x2: px + r, y2: py + r });
		marks.push(
			year.disputed
				? `<rect x="${round(px - 5)}" y="${round(py - 5)}" width="10" height="10" transform="rotate(45 ${round(px)} ${round(py)})" class="sp-point sp-disputed" fill="${COLOURS.bg}" stroke="${COLOURS.disputed}" stroke-width="2.5"/>`
				: `<circle cx="${round(px)}" cy="${round(py)}" r="4.5" class="sp-point" fill="${COLOURS.line}"/>`,
		);
	}
	return marks;
}

/** The lines between joined years, then every year's points and dispute ranges. */
function chartMarks(
	scale: ChartScale,
	years: readonly ChartYear[],
	segments: readonly ChartSegment[],
	obstacles: Box[],
): string[] {
	const { xOf, y } = scale;
	const marks = segments.map(
		(s) =>
			`<line x1="${round(xOf(s.from))}" y1="${round(y(s.fromValue))}" x2="${round(xOf(s.to))}" y2="${round(y(s.toValue))}" class="sp-line" stroke="${COLOURS.line}" stroke-width="2.5" data-from="${s.from}" data-to="${s.to}"/>`,
	);
	for (const year of years) marks.push(...yearMarks(scale, year, obstacles));
	return marks;
}

/** Year labels, the first and last held years before the others, each only where it fits. */
function yearLabels(scale: ChartScale, years: readonly ChartYear[], placer: LabelPlacer): string[] {
	const labels: string[] = [];
	const axisBounds: Box = { x1: 0, y1: H - PAD.bottom, x2: W, y2: H };
	const axisOrder = [years.length - 1, 0, ...years.map((_, i) => i).slice(1, -1)];
	for (const i of new Set(axisOrder)) {
		const year = years[i];
		if (!year) continue;
		const spot = placer.place(
			year.year,
			[{ x: scale.xOf(year.year), y: H - PAD.bottom + 28, anchor: 'middle' }],
			axisBounds,
		);
		if (spot) labels.push(textElement(spot.x, spot.y, 'middle', 'sp-axis', year.year));
	}
	return labels;
}

/** The spots tried for a value's label, around its point: above, below, right, left, then the diagonals. */
function labelCandidates(px: number, py: number) {
	return [
		{ x: px, y: py - 10, anchor: 'middle' as const },
		{ x: px, y: py + 22, anchor: 'middle' as const },
		{ x: px + 9, y: py + 5, anchor: 'start' as const },
		{ x: px - 9, y: py + 5, anchor: 'end' as const },
		{ x: px + 6, y: py - 10, anchor: 'start' as const },
		{ x: px - 6, y: py - 10, anchor: 'end' as const },
		{ x: px + 6, y: py + 22, anchor: 'start' as const },
		{ x: px - 6, y: py + 22, anchor: 'end' as const },
	];
}

/** Value labels: the latest year first, then the disputed years, then the rest from the latest back. */
function valueLabels(scale: ChartScale, years: readonly ChartYear[], placer: LabelPlacer) {
	const labels: string[] = [];
	const unlabelled: { year: YearId; text: string }[] = [];
	const order = [...years].reverse().sort((a, b) => Number(b.disputed) - Number(a.disputed));
	const latest = years[years.length - 1];
	for (const year of latest ? [latest, ...order.filter((y) => y !== latest)] : order) {
		const px = scale.xOf(year.year);
		year.values.forEach((value, k) => {
			const label = year.texts[k] ?? String(value);
			const spot = placer.place(label, labelCandidates(px, scale.y(value)));
			if (spot)
				labels.push(
					textElement(
						spot.x,
						spot.y,
						spot.anchor,
						year.disputed ? 'sp-value sp-disputed' : 'sp-value',
						label,
						year.disputed ? COLOURS.disputed : COLOURS.text,
					),
				);
			else unlabelled.push({ year: year.year, text: label });
		});
	}
	return { labels, unlabelled };
}

/**
 * A series as an honest SVG line chart with its text alternative. Years sit on a continuous axis by their start
 * year, so a missing year is an empty place. A line joins two years only when they are consecutive, each has one
 * undisputed value, and the sources compare them (one source reports both, or a computed change exists): never
 * across a gap, never from one release to another that no source compares. A year the sources disagree about shows
 * every value, in red, joined by a dashed vertical range. Labels never overlap (a value whose label does not fit is
 * left to the text alternative and listed in `unlabelled`); every text is {@link SERIES_CHART_SIZE}'s `fontSize`.
 *
 * The SVG carries its own colours and font, so it converts to PNG without the docs' stylesheet; classes
 * (`sp-line`, `sp-point`, `sp-range`, `sp-axis`, `sp-value`, `sp-grid`, `sp-bg`) let a page restyle it. Each line
 * carries `data-from` and `data-to`, and the SVG `data-years`, so a test can check the drawing from the page.
 *
 * @param data - a series from {@link getSeries}
 * @example
 * ```ts
 * const answer = getSeries(dataset, { area: 'derbyshire' });
 * if (answer.status === 'found') {
 *   const chart = seriesChart(answer.data);
 *   chart.svg; // "<svg ... role=\"img\" ...>"
 *   chart.text; // "Offences recorded, Derbyshire, by financial year: 2013/14: ...; 2014/15: no published figure; ..."
 *   chart.segments.every((s) => Number(s.to.slice(0, 4)) - Number(s.from.slice(0, 4)) === 1); // true
 * }
 * ```
 */
export function seriesChart(data: SeriesData, options: SeriesChartOptions = {}): SeriesChart {
	const id = options.id ?? `chart-${data.area.id}-${data.measure.id}`;
	const title = `${data.measure.shortName}, ${data.area.shortName}`;
	const years = data.points.map(chartYear);
	const segments = chartSegments(data);
	const text = seriesChartText(title, years);
	const note = chartNote(years, segments);
	const scale = chartScale(years);
	const obstacles: Box[] = [];
	const grid = chartGrid(scale, obstacles);
	const marks = chartMarks(scale, years, segments, obstacles);
	const placer = new LabelPlacer(obstacles);
	const axis = yearLabels(scale, years, placer);
	const values = valueLabels(scale, years, placer);
	const svg = [
		`<svg id="${xml(id)}" class="sp-chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${xml(id)}-title ${xml(id)}-desc" font-family="${FONT_FAMILY}" font-size="${FONT}" data-years="${years.map((y) => y.year).join(' ')}" xmlns="http://www.w3.org/2000/svg">`,
		`<title id="${xml(id)}-title">${xml(title)}</title>`,
		`<desc id="${xml(id)}-desc">${xml(text)}</desc>`,
		`<rect width="${W}" height="${H}" class="sp-bg" fill="${COLOURS.bg}"/>`,
		...grid,
		...marks,
		...axis,
		...values.labels,
		'</svg>',
	].join('\n');
	return { id, title, svg, text, note, years, segments, unlabelled: values.unlabelled };
}
