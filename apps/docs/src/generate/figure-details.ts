import type { CitedSource, FigureView, Source } from '@signpost-uk/domain';
import { htmlText, mdLink, mdText } from './markdown-text.js';
import { publishedDate } from './published-date.js';

const QUALIFIER_TEXT: Readonly<Record<string, string>> = {
	exact: 'stated exactly',
	'more-than': 'stated as "more than" this value',
	'at-least': 'stated as "at least" this value',
	almost: 'stated as "almost" this value',
	nearly: 'stated as "nearly" this value',
	about: 'stated as "about" this value',
	over: 'stated as "over" this value',
};

/** The anchor of a figure on its page, from its id in the dataset (stable when the value is corrected). */
export const figureAnchor = (view: Pick<FigureView, 'figure'>): string => `figure-${view.figure.id}`;

/** The anchor of a source in a page's list of sources. */
export const sourceAnchor = (source: Pick<Source, 'id'>): string => `source-${source.id}`;

/** How {@link figureDetails} cites: in full, or by a link to the page's list of sources; and the cite line's parts. */
export interface FigureDetailsOptions {
	readonly heading?: string | undefined;
	/** Cite each source by a link to the page's source list (see {@link sourceListHtml}), not in full. */
	readonly sourceList?: boolean | undefined;
	/** The page's address and the dataset version, for the "cite this figure" line. */
	readonly cite?: { readonly pageUrl: string; readonly version: string } | undefined;
}

const sourceName = (source: Source) =>
	source.publisher ? `${source.publisher}: “${source.title}”` : `“${source.title}”`;

/**
 * A cited source as Markdown: its name linked to its address, its date, what it reports, and the exact quote.
 *
 * @example
 * ```ts
 * citedSourceLines(view.sources[0]); // ["- Source: [Belper News: 17 sex offences ...](<https://...>), ...", "  > “...”"]
 * ```
 */
export function citedSourceLines(cited: CitedSource, indent = '', byReference = false): string[] {
	const { source, quote } = cited;
	const name = sourceName(source);
	if (byReference) return [`${indent}- Source: [${mdText(name)}](#${sourceAnchor(source)}). Quote: “${mdText(quote)}”`];
	const named = source.url ? mdLink(name, source.url) : `${mdText(name)} (no web address held)`;
	return [
		`${indent}- Source: ${named}, ${publishedDate(source.published)}. Reports: ${mdText(source.reports)}.`,
		`${indent}  Quote: “${mdText(quote)}”`,
	];
}

/**
 * One figure in full: what it counts, its value and qualifier, every source with its quote, conflicts with every
 * value the sources give, notes, and a mark when it is low confidence.
 *
 * @example
 * ```ts
 * figureDetails(view); // "#### Offences recorded: 1,066 {#figure-derbyshire-2016-17-total}\n\n- Value: ..."
 * ```
 */
export function figureDetails(view: FigureView, options: FigureDetailsOptions = {}): string {
	const f = view.figure;
	const byReference = options.sourceList === true;
	const lines = [
		`${options.heading ?? '####'} ${mdText(view.label)}: ${mdText(view.valueText)} {#${figureAnchor(view)}}`,
		'',
		`- Value: **${mdText(view.valueText)}**, ${QUALIFIER_TEXT[f.qualifier] ?? mdText(f.qualifier)}; period ${mdText(f.period)}; measure: ${mdText(view.measure.name)}.`,
		...(view.measure.kind === 'context'
			? ['- Context: this is not a police-recorded figure; it is published alongside them by the source.']
			: []),
		...(view.measure.kind === 'outcomes'
			? [
					'- Outcomes: this counts police outcomes assigned in the year, not offences recorded; an outcome can relate to an offence recorded in an earlier year.',
				]
			: []),
		...view.sources.flatMap((s) => citedSourceLines(s, '', byReference)),
	];
	if (view.lowConfidence)
		lines.push(
			'- Low confidence: rebuilt from a flattened table on the source page, and less certain than the other figures.',
		);
	for (const note of f.notes) lines.push(`- Note: ${mdText(note)}`);
	for (const conflict of view.conflicts) {
		lines.push(`- Conflict: ${mdText(conflict.note)} The sources give:`);
		for (const value of conflict.values) {
			lines.push(`  - **${mdText(value.valueText)}**`);
			lines.push(...value.sources.flatMap((s) => citedSourceLines(s, '    ', byReference)));
		}
	}
	const [first] = view.sources;
	if (options.cite && first) {
		const { source } = first;
		const address = source.url ? `, <${source.url}>` : '';
		const permalink = `${options.cite.pageUrl}#${figureAnchor(view)}`;
		// An absolute address (DOCS_BASE_URL set) is an autolink; a relative one (the default build) a plain link.
		const link = /^https?:\/\//.test(permalink) ? `<${permalink}>` : `[${permalink}](${permalink})`;
		lines.push(
			`- Cite this figure: ${mdText(sourceName(source))}, ${publishedDate(source.published)}${address}; Signpost dataset version ${mdText(options.cite.version)}, ${link}`,
		);
	}
	return lines.join('\n');
}

/**
 * The sources a page cites, each once, as an HTML list with an anchor per source: its name linked to its address,
 * its date and what it reports. Figures on the page link here (see {@link FigureDetailsOptions.sourceList}).
 *
 * @example
 * ```ts
 * sourceListHtml(views.flatMap((v) => v.sources.map((s) => s.source))); // '<ol class="sp-sources">\n<li id="source-...">'
 * ```
 */
export function sourceListHtml(sources: readonly Source[]): string {
	const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
	const items = unique.map((source) => {
		const name = htmlText(sourceName(source));
		const named = source.url ? `<a href="${htmlText(source.url)}">${name}</a>` : `${name} (no web address held)`;
		return `<li id="${htmlText(sourceAnchor(source))}">${named}, ${htmlText(publishedDate(source.published))}. Reports: ${htmlText(source.reports)}.</li>`;
	});
	return ['<ol class="sp-sources">', ...items, '</ol>'].join('\n');
}
