import type { Answer } from '../answer/answer.js';
import { answerSections } from './answer-sections.js';
import { MARKDOWN_STYLE, type RenderStyle, TEXT_STYLE } from './render-style.js';

function join(answer: Answer, style: RenderStyle): string {
	return answerSections(answer, style)
		.map((s) => [s.heading ? style.heading(s.heading) : '', ...s.lines].filter(Boolean).join('\n'))
		.join('\n\n');
}

/**
 * An answer as plain text: figures with qualifiers and sources, caveats, conflicts, then the help lines.
 *
 * @example
 * ```ts
 * console.log(renderText(getFigures(dataset, { area: 'Derbyshire' })));
 * ```
 */
export function renderText(answer: Answer): string {
	return join(answer, TEXT_STYLE);
}

/**
 * An answer as Markdown, the same content as {@link renderText}.
 *
 * @example
 * ```ts
 * renderMarkdown(getNational(dataset, { year: '2016/17' }));
 * ```
 */
export function renderMarkdown(answer: Answer): string {
	return join(answer, MARKDOWN_STYLE);
}
