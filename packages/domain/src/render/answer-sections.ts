import type { Answer, ComputedChange, NotComparedPair } from '../answer/answer.js';
import type { ConflictView, FigureView } from '../answer/figure-view.js';
import type { Source } from '../schema/source.js';
import { formatChange } from '../text/format-value.js';
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
	const date = source.published === 'not-shown' ? 'date not shown' : source.published;
	// A headline is the source's words, not ours: quoted when it stands in for a missing publisher.
	const name = `${source.publisher ?? `“${source.title}”`}, ${date}`;
	return source.url ? style.link(name, source.url) : style.text(name);
}

/** How each kind of conflict introduces the other values beside a figure. */
const CONFLICT_HEADINGS = {
	disagreement: 'Conflicting report',
	revision: 'Another release gives this year as',
	sum: 'Does not add up with',
} as const satisfies Record<ConflictView['kind'], string>;

/**
 * A figure's value with its qualifier, source and quote, and a note of any conflict or low confidence.
 *
 * @example
 * ```ts
 * figureValueText(view, TEXT_STYLE); // "1,066 (Burton Mail, 2018-03-14: “...”)"
 * ```
 */
export function figureValueText(view: FigureView, style: RenderStyle): string {
	const [first, ...more] = view.sources;
	const also = more.length ? `; also ${more.length} more source${more.length > 1 ? 's' : ''}` : '';
	let text = style.bold(view.valueText);
	if (first) text += ` (${sourceName(first.source, style)}: ${style.quote(first.quote)}${also})`;
	if (view.lowConfidence) text += ' (less certain: rebuilt from a flattened table)';
	for (const conflict of view.conflicts) {
		const others = conflict.values
			.filter((v) => v.figureId !== view.figure.id)
			.map(
				(v) =>
					`${v.areaName ? `${style.text(v.areaName)} ` : ''}${v.valueText}${v.sources[0] ? ` (${sourceName(v.sources[0].source, style)})` : ''}`,
			);
		const heading = CONFLICT_HEADINGS[conflict.kind];
		if (others.length) text += `. ${heading}: ${others.join('; ')}. ${style.text(conflict.note)}`;
	}
	return text;
}

/**
 * One figure as a line: what it counts (and where, with `withArea`), then {@link figureValueText}.
 *
 * @example
 * ```ts
 * figureLine(view, TEXT_STYLE); // "Offences recorded: 1,066 (Burton Mail, 2018-03-14: “...”)"
 * ```
 */
export function figureLine(view: FigureView, style: RenderStyle, withArea = false): string {
	const prefix = withArea ? `${style.text(view.area.shortName)}, ` : '';
	const period = view.figure.period.includes('-') ? ` (${view.figure.period.replace('-', ' to ')})` : '';
	return `${prefix}${style.text(view.label)}${period}: ${figureValueText(view, style)}`;
}

function changeLine(change: ComputedChange, style: RenderStyle): string {
	return `${style.text(change.to.label)}: ${formatChange(change.percent)} from ${change.from.figure.period} (${change.from.valueText}) to ${change.to.figure.period} (${change.to.valueText}), computed by Signpost from the cited counts`;
}

function notComparedLine(pair: NotComparedPair, style: RenderStyle): string {
	return `${pair.from.figure.period}, ${figureLine(pair.from, style)}. ${style.text(pair.reason)}`;
}

/** A titled block of lines; renderers join them. */
export interface Section {
	readonly heading?: string;
	readonly lines: readonly string[];
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
export function answerSections(answer: Answer, style: RenderStyle): Section[] {
	const sections: Section[] = [];
	if (answer.status === 'not-found') {
		const lines = [style.text(answer.message)];
		if (answer.suggestions.length)
			lines.push(`Did you mean: ${answer.suggestions.map((s) => style.text(s.name)).join(', ')}?`);
		if (answer.yearsHeld.length) lines.push(`Years held: ${answer.yearsHeld.join(', ')}.`);
		sections.push({ lines });
	} else {
		switch (answer.kind) {
			case 'figures': {
				const d = answer.data;
				sections.push({
					heading: `${d.area.name}, ${d.year}`,
					lines: d.figures.map((f) => style.item(figureLine(f, style))),
				});
				if (d.spanFigures.length)
					sections.push({
						heading: 'Over several years',
						lines: d.spanFigures.map((f) => style.item(figureLine(f, style))),
					});
				if (d.changes.length)
					sections.push({
						heading: 'Change from the previous year',
						lines: d.changes.map((c) => style.item(changeLine(c, style))),
					});
				if (d.notCompared.length)
					sections.push({
						heading: 'Previous year: from a different release, so no change is computed',
						lines: d.notCompared.map((p) => style.item(notComparedLine(p, style))),
					});
				if (d.disputedPrevious.length)
					sections.push({
						heading: 'Previous year: the sources disagree, so no change is computed',
						lines: d.disputedPrevious.map((f) => style.item(`${f.figure.period}, ${figureLine(f, style)}`)),
					});
				break;
			}
			case 'series': {
				const d = answer.data;
				sections.push({
					heading: `${d.area.name}: ${d.measure.name}`,
					lines: d.points.flatMap((p) => p.figures.map((f) => style.item(`${p.year}: ${figureValueText(f, style)}`))),
				});
				if (d.changes.length)
					sections.push({
						heading: 'Year-on-year changes',
						lines: d.changes.map((c) => style.item(changeLine(c, style))),
					});
				if (d.notCompared.length)
					sections.push({
						heading: 'Years not compared',
						lines: d.notCompared.map((p) =>
							style.item(
								`${p.from.figure.period} (${p.from.valueText}) and ${p.to.figure.period} (${p.to.valueText}). ${style.text(p.reason)}`,
							),
						),
					});
				break;
			}
			case 'compare': {
				const d = answer.data;
				sections.push({
					heading: `${d.measure.name}, ${d.year}`,
					lines: d.rows.map((r) =>
						r.figures.length
							? r.figures.map((f) => style.item(figureLine(f, style, true))).join('\n')
							: style.item(`${style.text(r.area.shortName)}: no published figure for ${d.year}`),
					),
				});
				break;
			}
			case 'national': {
				const d = answer.data;
				sections.push({
					heading: `National figures, ${d.year}`,
					lines: d.figures.map((f) => style.item(figureLine(f, style, true))),
				});
				break;
			}
		}
	}
	sections.push({ heading: 'About these figures', lines: answer.caveats.map((c) => style.item(style.text(c))) });
	sections.push({ lines: [renderHelp(answer.help, style)] });
	return sections;
}
