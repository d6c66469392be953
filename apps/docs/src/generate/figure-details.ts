import type { CitedSource, FigureView } from '@signpost-uk/domain';
import { mdLink, mdText } from './markdown-text.js';
import { publishedText } from './published-date.js';

const QUALIFIER_TEXT: Readonly<Record<string, string>> = {
	exact: 'stated exactly',
	'more-than': 'stated as "more than" this value',
	'at-least': 'stated as "at least" this value',
	almost: 'stated as "almost" this value',
	nearly: 'stated as "nearly" this value',
	about: 'stated as "about" this value',
	over: 'stated as "over" this value',
};

/**
 * A cited source as Markdown: its name linked to its address, its date, what it reports, and the exact quote.
 *
 * @example
 * ```ts
 * citedSourceLines(view.sources[0]); // ["- Source: [Belper News: 17 sex offences ...](<https://...>), ...", "  > “...”"]
 * ```
 */
export function citedSourceLines(cited: CitedSource, indent = ''): string[] {
	const { source, quote } = cited;
	const name = source.publisher ? `${source.publisher}: “${source.title}”` : `“${source.title}”`;
	const named = source.url ? mdLink(name, source.url) : `${mdText(name)} (no web address held)`;
	return [
		`${indent}- Source: ${named}, ${publishedText(source.published)}. Reports: ${mdText(source.reports)}.`,
		`${indent}  Quote: “${mdText(quote)}”`,
	];
}

/**
 * One figure in full: what it counts, its value and qualifier, every source with its quote, conflicts with every
 * value the sources give, notes, and a mark when it is low confidence.
 *
 * @example
 * ```ts
 * figureDetails(view); // "#### Offences recorded: 1,066\n\n- Value: 1,066, stated exactly\n- Source: ..."
 * ```
 */
export function figureDetails(view: FigureView, heading = '####'): string {
	const f = view.figure;
	const lines = [
		`${heading} ${mdText(view.label)}: ${mdText(view.valueText)}`,
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
		...view.sources.flatMap((s) => citedSourceLines(s)),
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
			lines.push(...value.sources.flatMap((s) => citedSourceLines(s, '    ')));
		}
	}
	return lines.join('\n');
}
