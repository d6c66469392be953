import {
	type Answer,
	type Area,
	type AreaYearData,
	answerCaveats,
	areaName,
	areaPageSlug,
	type ClaimView,
	type ComputedChange,
	caveatIn,
	caveatsFor,
	claimLines,
	comparisonNotes,
	type FigureRow,
	type FigureView,
	figureCoverage,
	figureRows,
	formatChange,
	groupComparisons,
	type Locale,
	labelWithPeriod,
	laterYearsLines,
	MARKDOWN_STYLE,
	type MeasureGroup,
	type NotComparedPair,
	republishedOnlyMark,
	resolutionNote,
	type SeriesData,
	type SeriesPoint,
	sourceName,
	type WordingTable,
	wordingFor,
	type YearId,
	yearsHeld,
} from '@signpost-uk/domain';
import type { MessageDraft } from '../util/respond.js';
import type { ButtonDraft } from './buttons.js';
import { buttonRows } from './buttons.js';
import { docsLink } from './docs-link.js';
import { paginate } from './paginate.js';
import type { Question, View } from './question.js';
import type { ReplyContext } from './reply-context.js';
import { sourceLines } from './source-lines.js';
import { trendChart } from './trend-chart.js';

/** Embed colours: answers in the docs site's blue, "no figure" in a neutral grey. */
export const COLOURS = { answer: 0x1d_4e_89, notFound: 0x6b_72_80 } as const;

const style = MARKDOWN_STYLE;

/** The words a reply's short lines are said in, and what each figure covers said in them. */
interface ShortWords {
	/** The words to say it in: English, or Welsh for a Welsh reply. */
	readonly say: WordingTable;
	/**
	 * What a figure covers where it is less than a whole year from every force, in the reply's words ("offences
	 * against children under 16, as reported": the domain's `figureCoverage`). Required, as the heading's year is: no
	 * short line can leave out the mark.
	 */
	readonly coverage: (view: FigureView) => readonly string[];
}

/** How a short figure line is written: under which heading's year, with the area in front, whether its conflict is noted. */
interface ShortOptions extends ShortWords {
	/**
	 * The year of the heading the line is shown under (`null`: a heading with no year). Required: a figure for another
	 * year or a span says its own, so no line can leave its year to a heading that names another.
	 */
	readonly under: YearId | null;
	readonly withArea?: boolean;
	/** Off where a heading already says the sources disagree. */
	readonly noteConflict?: boolean;
	/** The source cited on the line before: a repeat is written "same source" instead of the link again. */
	readonly previousSource?: string | undefined;
}

/**
 * A value in bold, then what it covers where that is less than a whole year from every force ("offences against
 * children under 16, as reported"), its first source (name and date) as a link, or "same source" after a line citing
 * it, and the mark where only sites that republish news report it ("reported only by Care Appointments, which
 * republishes news").
 */
function shortValue(view: FigureView, previousSource: string | undefined, words: ShortWords): string {
	const [first] = view.sources;
	const value = style.bold(view.valueText);
	const covers = words.coverage(view).map((note) => style.text(note));
	const source = first
		? first.source.id === previousSource
			? words.say.pages.sameSource
			: sourceName(first.source, style)
		: undefined;
	const republished = first ? republishedOnlyMark(view.sources, words.say) : undefined;
	const said = [...covers, ...(source ? [source] : []), ...(republished ? [republished] : [])];
	return said.length ? `${value} (${said.join('; ')})` : value;
}

/**
 * A line in short: what it counts, with its own year where that is not the heading's, then each value with its
 * source. The sides of a conflict shown together are one line ("**10,391** (NSPCC) or **10,331** (Bournemouth
 * Echo); the sources disagree"); a side shown alone names the other values.
 */
function shortRow(row: FigureRow, options: ShortOptions): string {
	const [view] = row.figures;
	const area = options.withArea ? `${view.area.shortName}, ` : '';
	const { say } = options;
	const values = row.figures
		.map((f, i) => shortValue(f, i === 0 ? options.previousSource : undefined, options))
		.join(` ${say.or} `);
	let text = `${area}${labelWithPeriod(view.label, view.period, options.under, say.pages.range)}: ${values}`;
	const onLine = new Set(row.figures.map((f) => f.figure.id));
	// A conflict stays visible on the first page, in short; the Sources page has every quote.
	const others = row.figures.flatMap((f) =>
		f.conflicts.flatMap((c) => c.values.filter((v) => !onLine.has(v.figureId))),
	);
	if (options.noteConflict !== false) {
		if (row.figures.length > 1) text += `; ${say.conflictMark.toLowerCase()}`;
		if (others.length)
			text += `; ${say.conflictMark.toLowerCase()}: ${say.pages.also} ${others.map((v) => style.bold(v.valueText)).join(', ')}`;
	}
	return style.item(text);
}

/** Short lines for a list of figures, a conflict's sides on one line, each source linked once in a run from it. */
function shortFigures(views: readonly FigureView[], options: ShortOptions): string[] {
	const rows = figureRows(views);
	return rows.map((row, i) =>
		shortRow(row, { ...options, previousSource: rows[i - 1]?.figures.at(-1)?.sources[0]?.source.id }),
	);
}

function shortChange(change: ComputedChange, say: WordingTable): string {
	const years = say.pages.fromTo(
		`${change.from.figure.period} (${change.from.valueText})`,
		`${change.to.figure.period} (${change.to.valueText})`,
	);
	return style.item(`${change.to.label}: ${style.bold(formatChange(change.percent))} ${years}, ${say.computed}`);
}

/** A heading in bold after a blank line, then its lines; nothing when there are no lines. */
function titled(heading: string, lines: readonly string[]): string[] {
	return lines.length ? ['', style.bold(heading), ...lines] : [];
}

/** The previous year where no change is computed: figures from another release, then disputed ones. */
function shortPrevious(
	notCompared: readonly NotComparedPair[],
	disputed: readonly FigureView[],
	words: ShortWords,
): string[] {
	return [
		...notCompared.map((p) => `${shortFigures([p.from], { ...words, under: null }).join('')}. ${p.reason}`),
		...(disputed.length
			? [words.say.disputedPrevious, ...shortFigures(disputed, { ...words, under: null, noteConflict: false })]
			: []),
	];
}

/** Another measure's latest figures, each naming its year, then that measure's own change or previous year. */
function shortGroup(d: AreaYearData, group: MeasureGroup, words: ShortWords): string[] {
	const own = groupComparisons(d, group);
	return [
		...shortFigures(group.figures, { ...words, under: d.year }),
		...own.changes.map((c) => shortChange(c, words.say)),
		...shortPrevious(own.notCompared, own.disputedPrevious, words),
	];
}

/**
 * The short figures answer: the heading year's lead measure, other measures under their own heading (each figure
 * naming its year where it is not the heading's), spans under theirs, context, then the heading year's changes.
 */
function figuresLines(d: AreaYearData, words: ShortWords): string[] {
	const { say } = words;
	const { headings } = say;
	const [lead, ...others] = d.headline ? [d.headline, ...d.otherMeasures] : d.otherMeasures;
	const otherHeading = others.every((g) => g.year === d.year) ? headings.otherMeasures : headings.latestOtherMeasures;
	return [
		...(lead ? shortFigures(lead.figures, { ...words, under: d.year }) : []),
		...laterYearsLines(d, say).map((line) => style.text(line)),
		...titled(
			otherHeading,
			others.flatMap((g) => shortGroup(d, g, words)),
		),
		...titled(headings.spans, shortFigures(d.spanFigures, { ...words, under: null })),
		...titled(
			headings.context,
			d.context.flatMap((g) => shortGroup(d, g, words)),
		),
		...titled(
			headings.changes,
			d.changes.map((c) => shortChange(c, say)),
		),
		...titled(headings.previousYear, shortPrevious(d.notCompared, d.disputedPrevious, words)),
	];
}

/**
 * One year of a series in the compact table, with what its figure covers where that is less than a whole year from
 * every force; a conflicting year as the range of its reports.
 */
function seriesRow(point: SeriesPoint, words: ShortWords): string {
	const { say } = words;
	const [only] = point.figures;
	if (point.figures.length <= 1) {
		const covers = only ? words.coverage(only).map((note) => style.text(note)) : [];
		return `${point.year}: ${style.bold(only?.valueText ?? say.pages.noFigure)}${covers.length ? ` (${covers.join('; ')})` : ''}`;
	}
	const sorted = [...point.figures].sort((a, b) => a.figure.value - b.figure.value);
	const low = sorted[0]?.valueText ?? '';
	const high = sorted.at(-1)?.valueText ?? '';
	return `${point.year}: ${style.bold(say.pages.range(low, high))} (${say.pages.reportsDisagree(point.figures.length)})`;
}

/**
 * The compact table of a series, every year from the first held to the last: a year with no figure said in its
 * place ("No figure for 2017/18"), and why no change is computed after a year's value ("change not computed: no figure
 * for the year before"), in the domain's words, Welsh or English.
 */
function seriesLines(d: SeriesData, words: ShortWords): string[] {
	const { say } = words;
	const why = new Map(d.noChange.map((n) => [n.year, n.reason]));
	const years = [...d.points.map((p) => p.year), ...d.missingYears].sort();
	return [
		...years.map((year) => {
			const point = d.points.find((p) => p.year === year);
			if (!point) return style.item(style.text(say.noFigureFor(year)));
			const reason = why.get(year);
			return style.item(`${seriesRow(point, words)}${reason ? `; ${style.text(say.changeNotComputed(reason))}` : ''}`);
		}),
		...laterYearsLines(d, say).map((line) => style.text(line)),
	];
}

interface ViewText {
	readonly title: string;
	readonly url: string;
	readonly lines: readonly string[];
	readonly fields?: readonly { name: string; value: string; inline: true }[];
}

function baseTitle(
	answer: Answer & { status: 'found' },
	say: WordingTable,
): { title: string; url: string; area?: Area } {
	switch (answer.kind) {
		case 'figures':
			return {
				title: `${answer.data.area.name}, ${answer.data.year}`,
				url: docsLink('area', areaPageSlug(answer.data.area)),
				area: answer.data.area,
			};
		case 'series':
			return {
				title: `${answer.data.area.name}: ${answer.data.measure.name}`,
				url: docsLink('area', areaPageSlug(answer.data.area)),
				area: answer.data.area,
			};
		case 'compare':
			return { title: `${answer.data.measure.name}, ${answer.data.year}`, url: docsLink('national') };
		case 'national':
			return { title: `${say.headings.national}, ${answer.data.year}`, url: docsLink('national') };
	}
}

/** The short answer: headline figures with their source as a link, and the changes computed. */
function answerLines(answer: Answer & { status: 'found' }, words: ShortWords, locale: Locale | undefined): string[] {
	const { say } = words;
	switch (answer.kind) {
		case 'figures':
			return figuresLines(answer.data, words);
		case 'series': {
			const d = answer.data;
			return [
				...seriesLines(d, words),
				...(d.changes.length
					? ['', style.bold(say.headings.seriesChanges), ...d.changes.map((c) => shortChange(c, say))]
					: []),
			];
		}
		case 'compare': {
			// Names one force polices say so ("Cardiff and Swansea are both policed by South Wales Police, ...").
			const notes = comparisonNotes(answer.data, locale);
			return notes.map((note) => style.text(`${note}.`));
		}
		case 'national':
			return shortFigures(answer.data.figures, { ...words, under: answer.data.year, withArea: true });
	}
}

/**
 * How the name asked about was read, said first in the reply's language: "Reading is policed by Thames Valley
 * Police.", "Mae Caerdydd yn cael ei blismona gan South Wales Police."
 */
function resolutionLines(answer: Answer & { status: 'found' }, locale: Locale | undefined): string[] {
	const note = answer.resolution ? resolutionNote(answer.resolution, locale) : undefined;
	return note ? [style.text(`${note}.`), ''] : [];
}

/** The sources' claims about the figures an answer shows, each with Signpost's check (a comparison has none). */
function claimsOf(answer: Answer & { status: 'found' }): readonly ClaimView[] {
	return answer.kind === 'compare' ? [] : answer.data.claims;
}

function viewText(
	answer: Answer & { status: 'found' },
	view: View,
	base: { title: string; url: string },
	context: ReplyContext,
): ViewText {
	const { locale } = context;
	const say = wordingFor(locale);
	// What each figure covers, in the reply's words: every short line of the reply says it.
	const words: ShortWords = { say, coverage: (figure) => figureCoverage(figure, context.dataset, locale) };
	switch (view) {
		case 'answer':
			return {
				...base,
				lines: [...resolutionLines(answer, locale), ...answerLines(answer, words, locale)],
				...(answer.kind === 'compare'
					? {
							fields: answer.data.rows.map((row) => ({
								name: row.area.name,
								value: row.figures.length
									? shortFigures(row.figures, { ...words, under: answer.data.year }).join('\n')
									: say.noPublishedFigure(areaName(row.area), answer.data.year),
								inline: true as const,
							})),
						}
					: {}),
			};
		case 'sources':
			return { ...base, title: `${say.headings.sources}: ${base.title}`, lines: sourceLines(answer, locale) };
		case 'caveats':
			return {
				...base,
				title: `${say.headings.caveats}: ${base.title}`,
				lines: answerCaveats(answer).map((c) => style.item(caveatIn(c, locale))),
			};
		case 'claims':
			return {
				...base,
				title: `${say.headings.claims}: ${base.title}`,
				// The domain's line: the source, its words quoted, and whether they reproduce from the cited figures.
				lines: claimLines(claimsOf(answer), style),
			};
	}
}

/** The years a reply can step between with "◀ Previous year" and "Next year ▶". */
function yearsToStep(answer: Answer & { status: 'found' }, context: ReplyContext): readonly string[] {
	switch (answer.kind) {
		case 'figures':
			return answer.data.yearsHeld;
		case 'national':
			return answer.data.yearsHeld;
		case 'compare': {
			const held = answer.data.rows.flatMap((r) =>
				yearsHeld(context.dataset, { area: r.area.id, measure: answer.data.measure.id }),
			);
			return [...new Set(held)].sort();
		}
		case 'series':
			return [];
	}
}

function currentYear(answer: Answer & { status: 'found' }): string | undefined {
	return answer.kind === 'series' ? undefined : answer.data.year;
}

/**
 * The buttons of a reply: the views it does not show, "Trend" and "Share publicly" (on a private reply), then the
 * previous and next year held, then the previous and next page. Every button carries the whole question, so a press
 * is answered by any process without stored state.
 */
function buttonsFor(
	question: Question,
	answer: Answer & { status: 'found' },
	pages: number,
	context: ReplyContext,
): ButtonDraft[][] {
	const say = wordingFor(context.locale).buttons;
	return [
		viewButtons(question, answer, say),
		yearButtons(question, answer, context, say),
		pageButtons(question, pages, say),
	];
}

/** The labels of the buttons, in the reply's language. */
type ButtonWords = WordingTable['buttons'];

/** The reply's language, for a button that asks another question: Welsh stays Welsh. */
function languageOf(question: Question): Pick<Question, 'locale'> {
	return question.locale ? { locale: question.locale } : {};
}

/** The question asked again from its first page, with `changes`. */
function restart(question: Question, changes: Partial<Question>): Question {
	return { ...question, page: 0, ...changes };
}

/** The other views of the same answer: "Answer", "Sources", "Caveats", and "What the sources say" where it has claims. */
function otherViews(question: Question, answer: Answer & { status: 'found' }, say: ButtonWords): ButtonDraft[] {
	const views: ButtonDraft[] = [];
	if (question.view !== 'answer')
		views.push({ label: say.answer, question: restart(question, { view: 'answer' }), primary: true });
	if (question.view !== 'sources') views.push({ label: say.sources, question: restart(question, { view: 'sources' }) });
	if (question.view !== 'caveats') views.push({ label: say.caveats, question: restart(question, { view: 'caveats' }) });
	if (question.view !== 'claims' && claimsOf(answer).length > 0)
		views.push({ label: say.claims, question: restart(question, { view: 'claims' }) });
	return views;
}

/** From an answer's first view: "Trend" for a year's figures, or the latest year's figures for a trend. */
function otherQuestion(question: Question, answer: Answer & { status: 'found' }, say: ButtonWords): ButtonDraft[] {
	if (question.view !== 'answer') return [];
	const area = answer.kind === 'figures' ? answer.data.area.id : answer.kind === 'national' ? 'uk' : undefined;
	if (area)
		return [
			{
				label: say.trend,
				question: {
					command: 'trend',
					view: 'answer',
					page: 0,
					private: question.private,
					area,
					...(question.measure ? { measure: question.measure } : {}),
					...languageOf(question),
				},
			},
		];
	if (answer.kind !== 'series') return [];
	const { area: seriesArea, points, measure } = answer.data;
	const latest = points.at(-1)?.year;
	if (!latest) return [];
	return [
		{
			label: say.figuresFor(latest),
			question: {
				command: 'figures',
				view: 'answer',
				page: 0,
				private: question.private,
				area: seriesArea.id,
				year: latest,
				measure: measure.id,
				...languageOf(question),
			},
		},
	];
}

/**
 * The views the reply does not show ("What the sources say" where a source makes a claim about the figures shown),
 * "Trend" or the latest year's figures, and "Share publicly" on a private reply.
 */
function viewButtons(question: Question, answer: Answer & { status: 'found' }, say: ButtonWords): ButtonDraft[] {
	const views = [...otherViews(question, answer, say), ...otherQuestion(question, answer, say)];
	if (question.private)
		views.push({ label: say.sharePublicly, question: { ...question, private: false }, share: true });
	return views;
}

/** The previous and next year held, from the year the answer shows. */
function yearButtons(
	question: Question,
	answer: Answer & { status: 'found' },
	context: ReplyContext,
	say: ButtonWords,
): ButtonDraft[] {
	const years: ButtonDraft[] = [];
	const year = question.view === 'answer' ? currentYear(answer) : undefined;
	const held = yearsToStep(answer, context);
	const index = year ? held.indexOf(year) : -1;
	const previous = index > 0 ? held[index - 1] : undefined;
	const next = index >= 0 ? held[index + 1] : undefined;
	if (previous)
		years.push({
			label: say.previousYear(previous),
			question: restart(question, { view: 'answer', year: previous }),
		});
	if (next) years.push({ label: say.nextYear(next), question: restart(question, { view: 'answer', year: next }) });
	return years;
}

/** The previous and next page of this view. */
function pageButtons(question: Question, pages: number, say: ButtonWords): ButtonDraft[] {
	const paging: ButtonDraft[] = [];
	if (question.page > 0) paging.push({ label: say.previousPage, question: { ...question, page: question.page - 1 } });
	if (question.page < pages - 1)
		paging.push({ label: say.nextPage, question: { ...question, page: question.page + 1 } });
	return paging;
}

/**
 * A found answer as one page of a message: the view the question asks for (the short answer, the sources with
 * every quote, or the caveats), split into pages of whole lines, with the buttons to reach the rest. `/trend`'s
 * first page carries the chart: a PNG where the context can render one, a link to the docs site's chart otherwise.
 *
 * @example
 * ```ts
 * answerMessage({ command: 'figures', view: 'answer', page: 0, private: false, area: 'kent' }, answer, context);
 * ```
 */
export function answerMessage(
	question: Question,
	answer: Answer & { status: 'found' },
	context: ReplyContext,
): MessageDraft {
	const base = baseTitle(answer, wordingFor(context.locale));
	const url = `${context.docsBaseUrl}${base.url}`;
	const { locale } = context;
	const text = viewText(answer, question.view, { title: base.title, url }, context);
	const chart = answer.kind === 'series' && question.view === 'answer' ? trendChart(answer.data, context) : undefined;
	const lines = [...text.lines, ...(chart?.line ? ['', chart.line] : [])];
	const pages = paginate(lines);
	const page = Math.min(question.page, pages.length - 1);
	const asked = { ...question, page };
	const footer = pages.length > 1 ? wordingFor(locale).pages.footer(page + 1, pages.length) : undefined;
	return {
		// The first page says once what recorded figures are; the caveats page has it among the caveats.
		content: question.view === 'answer' && page === 0 ? caveatsFor(locale).notVictims : undefined,
		embeds: [
			{
				title: text.title,
				url,
				description: (pages[page] ?? []).join('\n').trim() || undefined,
				...(text.fields && page === 0 ? { fields: text.fields } : {}),
				color: COLOURS.answer,
				...(footer ? { footer } : {}),
				...(chart?.file && page === 0 ? { image: `attachment://${chart.file.name}` } : {}),
			},
		],
		ephemeral: question.private,
		components: buttonRows(buttonsFor(asked, answer, pages.length, context)),
		...(chart?.file && page === 0 ? { files: [chart.file] } : {}),
		locale,
	};
}
