import type { Answer, PersonSpeaking } from '../answer/answer.js';
import { answerSections } from './answer-sections.js';
import { MARKDOWN_STYLE, type RenderStyle, TEXT_STYLE } from './render-style.js';

function join(answer: Answer | PersonSpeaking, style: RenderStyle): string {
	return answerSections(answer, style)
		.map((s) => [s.heading ? style.heading(s.heading) : '', ...s.lines].filter(Boolean).join('\n'))
		.join('\n\n');
}

/**
 * An answer as plain text: figures with qualifiers and sources, caveats, conflicts, then the help lines; for a person
 * speaking (a query's help-first answer, or a lookup's), the help alone.
 *
 * @example
 * ```ts
 * console.log(renderText(getFigures(dataset, { area: 'Derbyshire' })));
 * ```
 */
export function renderText(answer: Answer | PersonSpeaking): string {
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
export function renderMarkdown(answer: Answer | PersonSpeaking): string {
	return join(answer, MARKDOWN_STYLE);
}
