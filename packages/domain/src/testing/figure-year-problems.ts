import type { FiguresAnswer } from '../answer/answer.js';
import { periodText } from '../text/figure-period.js';
import { WORDING, type WordingTable } from '../text/wording.js';

/** How a surface writes what the checker looks for. */
export interface FigureYearCheck {
	/**
	 * The table the surface says its headings and spans in: `WORDING` (the default) or `WELSH_WORDING` (a span
	 * "2017/18 i 2022/23").
	 */
	readonly say?: Pick<WordingTable, 'headings' | 'pages'>;
	/** How the surface writes a figure's label (Markdown escapes some characters: `MARKDOWN_STYLE.text`). */
	readonly label?: (label: string) => string;
}

const PERIOD = /\b\d{4}\/\d{2}\b/g;

/** A heading line as its words: without Markdown's `#` and `**`, and without spaces around. */
const headingWords = (line: string) =>
	line
		.replace(/^#+\s*/, '')
		.replace(/^\*\*(.*)\*\*$/, '$1')
		.trim();

/**
 * What is wrong with one surface's rendering of an area's figures answer, as the reader sees it (issue 24): a lead
 * figure that is not for the heading's year; a figure of another measure whose year is not the heading's, not
 * named with its own ("Online element, 2019/20"); a span total not named with its span ("... (2017/18 to
 * 2022/23)"); a line under "Change from the previous year" that does not end in the heading's year. Works on any
 * surface's text (the SDK's text and Markdown, the CLI, the MCP tools, the bot's short lines), English or Welsh.
 *
 * @param answer - the found figures answer the surface rendered
 * @param text - everything the surface showed of it (every page, for a paged reply)
 * @example
 * ```ts
 * const answer = getFigures(dataset, { area: 'Stoke-on-Trent' });
 * if (answer.status === 'found') figureYearProblems(answer, renderText(answer)); // []
 * ```
 */
export function figureYearProblems(
	answer: FiguresAnswer & { status: 'found' },
	text: string,
	check: FigureYearCheck = {},
): string[] {
	const say = check.say ?? WORDING;
	return [
		...figureProblems(answer, text, check.label ?? ((l: string) => l), say),
		...changeProblems(answer.data.year, text, say),
	];
}

/** Lead figures of another year, and figures of another year or a span that do not name theirs. */
function figureProblems(
	answer: FiguresAnswer & { status: 'found' },
	text: string,
	label: (label: string) => string,
	say: Pick<WordingTable, 'pages'>,
): string[] {
	const d = answer.data;
	const problems: string[] = [];
	for (const f of d.headline?.figures ?? [])
		if (f.period !== d.year) problems.push(`lead figure of ${f.period} under ${d.year}: ${f.figure.id}`);
	for (const f of [...d.otherMeasures, ...d.context].flatMap((g) => g.figures))
		if (f.period !== d.year && !text.includes(`${label(f.label)}, ${f.period}`))
			problems.push(`no year on ${f.figure.id} (${f.period}) under ${d.year}`);
	for (const f of d.spanFigures)
		if (!text.includes(`${label(f.label)} (${periodText(f.period, say.pages.range)})`))
			problems.push(`no span on ${f.figure.id}`);
	return problems;
}

/** Lines under "Change from the previous year" whose change does not end in the heading's year. */
function changeProblems(year: string, text: string, say: Pick<WordingTable, 'headings'>): string[] {
	const problems: string[] = [];
	const headings: readonly string[] = Object.values(say.headings);
	let heading: string | undefined;
	for (const line of text.split('\n')) {
		const item = line.trimStart().startsWith('- ');
		// Any other line that is not blank starts a section: a heading of the table's, or another (a title, a note).
		if (!item && line.trim()) heading = headings.find((h) => h === headingWords(line));
		// A change names two years, from and to: the second is the heading's (a note beside it names none).
		const years = [...line.matchAll(PERIOD)].map((m) => m[0]);
		if (heading === say.headings.changes && item && years.length > 0 && years[1] !== year)
			problems.push(`change off ${year}: ${line}`);
	}
	return problems;
}
