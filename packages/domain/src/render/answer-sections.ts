import type {
	Answer,
	AreaYearData,
	ComparisonData,
	ComputedChange,
	NationalData,
	NotComparedPair,
	NotFoundAnswer,
	PersonSpeaking,
	SeriesData,
} from '../answer/answer.js';
import type { ClaimView } from '../answer/claim-view.js';
import { type FigureRow, figureRows } from '../answer/figure-rows.js';
import type { ConflictView, FigureView } from '../answer/figure-view.js';
import { groupComparisons } from '../answer/group-comparisons.js';
import type { MeasureGroup } from '../answer/measure-group.js';
import type { YearId } from '../schema/period-id.js';
import type { Source } from '../schema/source.js';
import { labelWithPeriod } from '../text/figure-period.js';
import { formatChange } from '../text/format-value.js';
import { helpFirstSentences } from '../text/help-first-wording.js';
import {
	ANSWER_WORDING,
	areaName,
	changeNotComputed,
	citationName,
	HELP_FIRST_WORDING,
	laterYearsLines,
	noFigureFor,
	suggestionsLine,
	yearsHeldLine,
} from '../text/wording.js';
import { comparisonNotes } from './comparison-notes.js';
import { renderHelp } from './render-help.js';
import type { RenderStyle } from './render-style.js';

/**
 * A source as a short citation: publisher (or its quoted headline) and date, as a link where it has an address.
 *
 * @example
 * ```ts
 * sourceName(source, MARKDOWN_STYLE); // "[Burton Mail, 2018-03-14](https://…)"
 * ```
 */
export function sourceName(source: Source, style: RenderStyle): string {
	// A headline is the source's words, not ours: quoted when it stands in for a missing publisher.
	const name = citationName(source, (t) => `“${t}”`);
	return source.url ? style.link(name, source.url) : style.text(name);
}

/** How each kind of conflict introduces the other values beside a figure. */
const CONFLICT_HEADINGS = {
	disagreement: ANSWER_WORDING.conflictMark,
	revision: 'Another release gives this year as',
} as const satisfies Record<ConflictView['kind'], string>;

/** A figure's value with its qualifier, what it covers, its first source and quote, and its confidence. */
function valueWithSource(view: FigureView, style: RenderStyle): string {
	const [first, ...more] = view.sources;
	const also = more.length ? `; also ${more.length} more source${more.length > 1 ? 's' : ''}` : '';
	let text = style.bold(view.valueText);
	if (view.coverage.length) text += ` (${view.coverage.join('; ')})`;
	if (first) text += ` (${sourceName(first.source, style)}: ${style.quote(first.quote)}${also})`;
	if (view.republishedOnly) text += ` (${view.republishedOnly})`;
	if (view.lowConfidence) text += ` (${ANSWER_WORDING.lowConfidence})`;
	return text;
}

/** The other values of each conflict the figure is in, leaving out those already on the same line. */
function conflictMarks(view: FigureView, style: RenderStyle, onLine: ReadonlySet<string>): string {
	let text = '';
	for (const conflict of view.conflicts) {
		const others = conflict.values
			.filter((v) => !onLine.has(v.figureId))
			.map(
				(v) =>
					`${v.areaName ? `${style.text(v.areaName)} ` : ''}${v.valueText}${v.sources[0] ? ` (${sourceName(v.sources[0].source, style)})` : ''}`,
			);
		// The mark goes on every line in the conflict; its note is said once, in the conflicts section.
		if (others.length) text += `. ${style.bold(CONFLICT_HEADINGS[conflict.kind])}: ${others.join('; ')}`;
	}
	return text;
}

/**
 * A figure's value with its qualifier, source and quote, what it covers where that is less than a whole year from
 * every force, and a mark where it is less certain or the sources disagree (the conflict's note is said once per
 * answer, in {@link answerSections}).
 *
 * @example
 * ```ts
 * figureValueText(view, TEXT_STYLE); // "1,066 (Burton Mail, 2018-03-14: “...”)"
 * ```
 */
export function figureValueText(view: FigureView, style: RenderStyle): string {
	return rowValueText({ figures: [view] }, style);
}

/**
 * A line's values: one figure as {@link figureValueText}; the sides of a conflict as one value and source each,
 * joined by "or", then what kind of conflict it is, once.
 *
 * @example
 * ```ts
 * const [row] = figureRows(views);
 * if (row) rowValueText(row, TEXT_STYLE); // "10,391 (NSPCC, 2020-09-03: “...”) or 10,331 (Bournemouth Echo, ...). The sources disagree"
 * ```
 */
export function rowValueText(row: FigureRow, style: RenderStyle): string {
	const onLine = new Set(row.figures.map((f) => f.figure.id));
	const values = row.figures.map((f) => valueWithSource(f, style)).join(' or ');
	const mark =
		row.conflict && row.figures.length > 1 ? `. ${style.bold(ANSWER_WORDING.conflictRow[row.conflict.kind])}` : '';
	return `${values}${mark}${row.figures.map((f) => conflictMarks(f, style, onLine)).join('')}`;
}

/** Where a figure line is shown: the year of the heading above it (`null`: a heading with no year), and whether it names its area. */
export interface FigureLineOptions {
	/** The heading's year: a figure for another year or a span says its own. Required, so no renderer can drop it. */
	readonly under: YearId | null;
	/** Name the figure's area first (national figures, comparisons). */
	readonly withArea?: boolean;
}

/**
 * One line: what it counts (and where, with `withArea`), its own period where that is not the heading's year, then
 * its values ({@link rowValueText}).
 *
 * @example
 * ```ts
 * rowLine({ figures: [view] }, TEXT_STYLE, { under: '2022/23' }); // "Online element, 2019/20: 325 (Express & Star, ...)"
 * ```
 */
export function rowLine(row: FigureRow, style: RenderStyle, options: FigureLineOptions): string {
	const [view] = row.figures;
	const prefix = options.withArea ? `${style.text(areaName(view.area))}, ` : '';
	return `${prefix}${style.text(labelWithPeriod(view.label, view.period, options.under))}: ${rowValueText(row, style)}`;
}

/**
 * One figure as a line: {@link rowLine} of the figure alone.
 *
 * @example
 * ```ts
 * figureLine(view, TEXT_STYLE, { under: '2016/17' }); // "Offences recorded: 1,066 (Burton Mail, 2018-03-14: “...”)"
 * ```
 */
export function figureLine(view: FigureView, style: RenderStyle, options: FigureLineOptions): string {
	return rowLine({ figures: [view] }, style, options);
}

/** Figures as items, the sides of a conflict shown together on one line. */
function figureItems(views: readonly FigureView[], style: RenderStyle, options: FigureLineOptions): string[] {
	return figureRows(views).map((row) => style.item(rowLine(row, style, options)));
}

function changeLine(change: ComputedChange, style: RenderStyle): string {
	return `${style.text(change.to.label)}: ${formatChange(change.percent)} from ${change.from.figure.period} (${change.from.valueText}) to ${change.to.figure.period} (${change.to.valueText}), ${ANSWER_WORDING.computed}`;
}

function notComparedLine(pair: NotComparedPair, style: RenderStyle): string {
	return `${figureLine(pair.from, style, { under: null })}. ${style.text(pair.reason)}`;
}

function noteLines(caveats: readonly string[], style: RenderStyle): string[] {
	return caveats.map((c) => style.item(`Note: ${style.text(c)}`));
}

function groupLines(group: MeasureGroup, style: RenderStyle, under: YearId, withArea = false): string[] {
	return [...figureItems(group.figures, style, { under, withArea }), ...noteLines(group.caveats, style)];
}

/** The previous year of figures, where no change is computed: those from another release, then disputed ones. */
function previousYearLines(
	notCompared: readonly NotComparedPair[],
	disputed: readonly FigureView[],
	style: RenderStyle,
): string[] {
	return [
		...notCompared.map((p) => style.item(notComparedLine(p, style))),
		...figureItems(disputed, style, { under: null }),
		...(disputed.length ? [style.item(style.text(ANSWER_WORDING.disputedPrevious))] : []),
	];
}

/**
 * Another measure's latest figures, under the heading of the latest figures for other measures: its lines, then its
 * own change from the year before (naming both years) or its previous year where no change is computed.
 */
function otherGroupLines(d: AreaYearData, group: MeasureGroup, style: RenderStyle): string[] {
	const own = groupComparisons(d, group);
	return [
		...groupLines(group, style, d.year),
		...own.changes.map((c) => style.item(changeLine(c, style))),
		...previousYearLines(own.notCompared, own.disputedPrevious, style),
	];
}

/** " (the source’s own comparison, 2014/15 to 2018/19)" for a change stated over several years, or nothing. */
function claimSpan(view: ClaimView): string {
	const [from, to] = view.inputs;
	return view.overSpan && from && to
		? ` (${ANSWER_WORDING.sourceComparison}, ${from.figure.period} to ${to.figure.period})`
		: '';
}

/** Items of `list` grouped by `key`, in the order each key is first met. */
function groupBy<T>(list: readonly T[], key: (item: T) => string): T[][] {
	const groups = new Map<string, T[]>();
	for (const item of list) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return [...groups.values()];
}

/**
 * The sources' claims with Signpost's check, as items: each source and the claim's words quoted, then whether they
 * reproduce from the cited figures (in bold when they do not). Claims with the same finding (several outlets saying
 * "every eight minutes" of one count) share one line, with each claim's own note; the same words from several sources
 * are quoted once. So each finding is said once. Every surface that shows claims uses these lines.
 *
 * @example
 * ```ts
 * const series = getSeries(dataset, { area: 'kent' });
 * if (series.status === 'found') claimLines(series.data.claims, MARKDOWN_STYLE);
 * // ["- [KentOnline, 2019-10-24](https://…) (the source’s own comparison, 2014/15 to 2018/19): “…”. Reproduces: …", …]
 * ```
 */
export function claimLines(views: readonly ClaimView[], style: RenderStyle): string[] {
	return groupBy(views, (v) => `${claimSpan(v)}\n${v.finding}`).map((group) => {
		const said = groupBy(group, (v) => v.claim.quote).map((same) => {
			const [first] = same as [ClaimView];
			const sources = same.map((v) => (v.source ? sourceName(v.source, style) : 'A source')).join(', ');
			return `${sources}${style.text(claimSpan(first))}: ${style.quote(first.claim.quote)}`;
		});
		const [first] = group as [ClaimView];
		// The finding once, then each claim's own note on why it does not reproduce, once each.
		const notes = [...new Set(group.map((v) => v.check.slice(v.finding.length).trim()).filter(Boolean))];
		const check = [first.finding, ...notes].join(' ');
		return style.item(`${said.join('; ')}. ${first.reproduces ? style.text(check) : style.bold(check)}`);
	});
}

function conflictLine(conflict: ConflictView, style: RenderStyle): string {
	const values = conflict.values.map((v) => `${v.areaName ? `${v.areaName} ` : ''}${v.valueText}`);
	return style.text(`${values.join(' and ')}: ${conflict.note}`);
}

/** A titled block of lines; renderers join them. */
export interface Section {
	readonly heading?: string;
	readonly lines: readonly string[];
}

/** The sections one kind of answer contributes, and the claims and conflicts said after them. */
interface KindSections {
	readonly sections: Section[];
	readonly claims: readonly ClaimView[];
	readonly conflicts: readonly ConflictView[];
}

/** A not-found answer: the message, the choices or suggestions, and the years held. */
function notFoundSections(answer: NotFoundAnswer, style: RenderStyle): KindSections {
	const lines = [style.text(answer.message)];
	if (answer.reason === 'ambiguous-area' || answer.reason === 'ambiguous-year')
		lines.push(...answer.suggestions.map((s) => style.item(style.text(s.detail ? `${s.name}: ${s.detail}` : s.name))));
	else if (answer.suggestions.length)
		lines.push(
			style.text(suggestionsLine(answer.suggestions.map((s) => (s.detail ? `${s.name} (${s.detail})` : s.name)))),
		);
	if (answer.yearsHeld.length) lines.push(style.text(yearsHeldLine(answer.yearsHeld)));
	return { sections: [{ lines }], claims: [], conflicts: [] };
}

/** An area's year: the headline measure, other measures, spans, context, changes and the previous year. */
function figuresSections(d: AreaYearData, style: RenderStyle): KindSections {
	const sections: Section[] = [];
	const [lead, ...others] = d.headline ? [d.headline, ...d.otherMeasures] : d.otherMeasures;
	sections.push({
		heading: `${areaName(d.area)}, ${d.year}`,
		lines: [...(lead ? groupLines(lead, style, d.year) : []), ...laterYearsLines(d).map((line) => style.text(line))],
	});
	if (others.length)
		sections.push({
			heading: others.every((g) => g.year === d.year)
				? ANSWER_WORDING.headings.otherMeasures
				: ANSWER_WORDING.headings.latestOtherMeasures,
			lines: others.flatMap((g) => otherGroupLines(d, g, style)),
		});
	if (d.spanFigures.length)
		sections.push({
			heading: ANSWER_WORDING.headings.spans,
			lines: [...figureItems(d.spanFigures, style, { under: null }), ...noteLines(d.spanCaveats, style)],
		});
	if (d.context.length)
		sections.push({
			heading: ANSWER_WORDING.headings.context,
			lines: d.context.flatMap((g) => otherGroupLines(d, g, style)),
		});
	if (d.changes.length)
		sections.push({
			heading: ANSWER_WORDING.headings.changes,
			lines: d.changes.map((c) => style.item(changeLine(c, style))),
		});
	if (d.notCompared.length || d.disputedPrevious.length)
		sections.push({
			heading: ANSWER_WORDING.headings.previousYear,
			lines: previousYearLines(d.notCompared, d.disputedPrevious, style),
		});
	return { sections, claims: d.claims, conflicts: d.conflicts };
}

/**
 * One item a year from the first held to the last: the year's figures, "change not computed: ..." after a year with
 * no change from the year before, and "No figure for 2017/18" in the place of a year with none.
 */
function seriesYearLines(d: SeriesData, style: RenderStyle): string[] {
	const why = new Map(d.noChange.map((n) => [n.year, n.reason]));
	const years = [...d.points.map((p) => p.year), ...d.missingYears].sort();
	return years.flatMap((year) => {
		const point = d.points.find((p) => p.year === year);
		if (!point) return [style.item(style.text(noFigureFor(year)))];
		const reason = why.get(year);
		return point.figures.map((f, i) => {
			const note = reason && i === point.figures.length - 1 ? `; ${style.text(changeNotComputed(reason))}` : '';
			return style.item(`${year}: ${figureValueText(f, style)}${note}`);
		});
	});
}

/** An area's years: one line a year (a year with none said in its place), then the changes computed. */
function seriesSections(d: SeriesData, style: RenderStyle): KindSections {
	// A series of one breakdown (girls, an age band) says so in its heading: its label after the measure's name.
	const first = d.points[0]?.figures[0];
	const detail = first?.figure.breakdown ? first.label.slice(first.measure.shortName.length) : '';
	const sections: Section[] = [
		{
			heading: `${areaName(d.area)}: ${d.measure.name}${detail}`,
			lines: [
				...seriesYearLines(d, style),
				...laterYearsLines(d).map((line) => style.text(line)),
				...noteLines(d.measureCaveats, style),
			],
		},
	];
	if (d.changes.length)
		sections.push({
			heading: ANSWER_WORDING.headings.seriesChanges,
			lines: d.changes.map((c) => style.item(changeLine(c, style))),
		});
	return { sections, claims: d.claims, conflicts: d.conflicts };
}

/** Areas side by side for one year and measure, an area with none saying so. */
function compareSections(d: ComparisonData, style: RenderStyle): KindSections {
	const section: Section = {
		heading: `${d.measure.name}, ${d.year}`,
		lines: [
			...comparisonNotes(d).map((note) => style.text(`${note}.`)),
			...d.rows.map((r) =>
				r.figures.length
					? figureItems(r.figures, style, { under: d.year, withArea: true }).join('\n')
					: style.item(`${style.text(areaName(r.area))}: no published figure for ${d.year}`),
			),
			...noteLines(d.measureCaveats, style),
		],
	};
	return { sections: [section], claims: [], conflicts: d.conflicts };
}

/** The national figures for a year, grouped by measure. */
function nationalSections(d: NationalData, style: RenderStyle): KindSections {
	const section: Section = {
		heading: `${ANSWER_WORDING.headings.national}, ${d.year}`,
		lines: d.groups.flatMap((g) => groupLines(g, style, d.year, true)),
	};
	return { sections: [section], claims: d.claims, conflicts: d.conflicts };
}

/** A name's resolution note ("Reading is policed by Thames Valley Police."), as a line. */
function resolutionLines(note: string, style: RenderStyle): string[] {
	return note ? [style.text(`${note}.`)] : [];
}

/** The sections of the answer's own kind. */
function kindSections(answer: Exclude<Answer, { status: 'help-first' }>, style: RenderStyle): KindSections {
	if (answer.status === 'not-found') return notFoundSections(answer, style);
	switch (answer.kind) {
		case 'figures':
			return figuresSections(answer.data, style);
		case 'series':
			return seriesSections(answer.data, style);
		case 'compare':
			return compareSections(answer.data, style);
		case 'national':
			return nationalSections(answer.data, style);
	}
}

/**
 * Splits an answer into titled sections: figures, changes, caveats, then help. Both renderers use this, so text and
 * Markdown always say the same thing.
 *
 * @example
 * ```ts
 * answerSections(answer, TEXT_STYLE).at(-1)?.heading; // undefined (the help block carries its own heading)
 * ```
 */
export function answerSections(answer: Answer | PersonSpeaking, style: RenderStyle): Section[] {
	// A person speaking: help and only help, first.
	if (answer.status === 'help-first')
		return [
			{
				heading: HELP_FIRST_WORDING.heading,
				lines: helpFirstSentences(answer.concerns, answer.help).map((line) => style.text(line)),
			},
			{ lines: [renderHelp(answer.help, style)] },
		];
	const { sections, claims, conflicts } = kindSections(answer, style);
	// "Reading is policed by Thames Valley Police", "Showing Derbyshire Constabulary (spelling corrected)": said first.
	const [lead] = sections;
	if (answer.status === 'found' && answer.resolution && lead)
		sections[0] = { ...lead, lines: [...resolutionLines(answer.resolution.note, style), ...lead.lines] };
	if (claims.length) sections.push({ heading: ANSWER_WORDING.headings.claims, lines: claimLines(claims, style) });
	if (conflicts.length)
		sections.push({
			heading: ANSWER_WORDING.headings.conflicts,
			lines: conflicts.map((c) => style.item(conflictLine(c, style))),
		});
	if (answer.caveats.length)
		sections.push({
			heading: ANSWER_WORDING.headings.caveats,
			lines: answer.caveats.map((c) => style.item(style.text(c))),
		});
	sections.push({ lines: [renderHelp(answer.help, style)] });
	return sections;
}
