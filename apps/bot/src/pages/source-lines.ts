import {
	type Answer,
	type FigureView,
	type Locale,
	labelWithPeriod,
	MARKDOWN_STYLE,
	type NotComparedPair,
	periodText,
	type RenderStyle,
	sourceName,
	type WordingTable,
	wordingFor,
	type YearId,
} from '@signpost-uk/domain';

const style: RenderStyle = MARKDOWN_STYLE;

/** What has been said already on a Sources page, so each quote, conflict note and reason is said once. */
interface Said {
	/** The words to say it in. */
	readonly say: WordingTable;
	readonly quotes: Set<string>;
	readonly conflicts: Set<string>;
	lowConfidence: boolean;
}

/**
 * One figure, under `label` (what it counts, with its year wherever that is not the heading's), with every source's
 * name, date, link and exact quote, its conflicts and its confidence. A quote already shown on the page is not
 * repeated ("quoted above"), nor a conflict's note: a page says each thing once.
 */
function figureDetail(view: FigureView, label: string, said: Said): string {
	let text = `${label}: ${style.bold(view.valueText)}`;
	const cited = view.sources.map(({ source, quote }) => {
		const key = `${source.id}\n${quote}`;
		if (said.quotes.has(key)) return `${sourceName(source, style)}, ${said.say.pages.quotedAbove}`;
		said.quotes.add(key);
		return `${sourceName(source, style)}: ${style.quote(quote)}`;
	});
	if (cited.length) text += ` (${cited.join('; ')})`;
	if (view.lowConfidence) {
		const { lowConfidence } = said.say;
		text += said.lowConfidence ? ` (${lowConfidence.split(':')[0]})` : ` (${lowConfidence})`;
		said.lowConfidence = true;
	}
	for (const conflict of view.conflicts) {
		const others = conflict.values.filter((v) => v.figureId !== view.figure.id);
		if (said.conflicts.has(conflict.id)) {
			text += `; ${said.say.pages.disagreeSeeAbove}`;
			continue;
		}
		said.conflicts.add(conflict.id);
		const listed = others.map(
			(v) => `${v.valueText}${v.sources[0] ? ` (${sourceName(v.sources[0].source, style)})` : ''}`,
		);
		if (listed.length) text += `. ${said.say.pages.conflictingReport(listed.join('; '))} ${conflict.note}`;
	}
	return style.item(text);
}

/** Years not compared, one line per reason, so a reason shared by several pairs is said once. */
function notComparedLines(pairs: readonly NotComparedPair[], say: WordingTable): string[] {
	const byReason = new Map<string, string[]>();
	for (const pair of pairs) {
		const list = byReason.get(pair.reason) ?? [];
		list.push(
			say.pages.and(
				`${pair.from.figure.period} (${pair.from.valueText})`,
				`${pair.to.figure.period} (${pair.to.valueText})`,
			),
		);
		byReason.set(pair.reason, list);
	}
	return [...byReason].map(([reason, list]) => style.item(`${list.join('; ')}. ${reason}`));
}

/** A span's years in words: "2015/16-2017/18" is "2015/16 to 2017/18" (a single year as it is). */
function section(heading: string | undefined, lines: readonly string[]): string[] {
	if (!lines.length) return [];
	return ['', ...(heading ? [style.bold(heading)] : []), ...lines];
}

/**
 * A found answer's Sources page as lines: every figure with each source's name, date, link and exact quote, every
 * conflict with its note, and the years not compared with the reason, each said once, in Signpost's words for
 * `locale` (the quotes, notes and reasons as the domain holds them). The caveats are on their own page. Lines are
 * whole units for paging: a figure and its quotes are one line.
 *
 * @example
 * ```ts
 * sourceLines(getFigures(dataset, { area: 'Derbyshire', year: '2016/17' }));
 * ```
 */
export function sourceLines(answer: Answer, locale?: Locale): string[] {
	if (answer.status !== 'found') return [];
	const say = wordingFor(locale);
	const { headings } = say;
	const said: Said = { say, quotes: new Set(), conflicts: new Set(), lowConfidence: false };
	const detail = (views: readonly FigureView[], label: (view: FigureView) => string) =>
		views.map((view) => figureDetail(view, label(view), said));
	/** The label, with the figure's own period where the heading's year is another (as on the answer page). */
	const under = (year: YearId) => (view: FigureView) => labelWithPeriod(view.label, view.period, year, say.pages.range);
	/** The label after the figure's year, for a section that lists figures by their years. */
	const afterPeriod = (view: FigureView) => `${periodText(view.figure.period, say.pages.range)}, ${view.label}`;
	let lines: string[];
	switch (answer.kind) {
		case 'figures': {
			const d = answer.data;
			lines = [
				...detail(d.figures, under(d.year)),
				...section(headings.spans, detail(d.spanFigures, under(d.year))),
				...section(
					headings.previousYear,
					detail(
						d.notCompared.map((p) => p.from),
						afterPeriod,
					),
				),
				...section(headings.conflicts, detail(d.disputedPrevious, afterPeriod)),
			];
			break;
		}
		case 'series': {
			const d = answer.data;
			lines = [
				...d.points.flatMap((p) => detail(p.figures, afterPeriod)),
				...section(headings.notCompared, notComparedLines(d.notCompared, say)),
			];
			break;
		}
		case 'compare':
		case 'national': {
			const { year } = answer.data;
			const figures = answer.kind === 'compare' ? answer.data.rows.flatMap((r) => r.figures) : answer.data.figures;
			lines = detail(figures, (v) => `${v.area.shortName}, ${under(year)(v)}`);
			break;
		}
	}
	return lines;
}
