import { type Answer, type PersonSpeaking, renderMarkdown, renderText } from '@signpost-uk/domain';

/**
 * How {@link formatAnswer} writes an answer.
 *
 * @example
 * ```ts
 * formatAnswer(answer, { format: 'markdown' });
 * ```
 */
export interface FormatOptions {
	/** `'text'` for terminals and plain messages, `'markdown'` for pages and chat. */
	format: 'text' | 'markdown';
}

/**
 * Writes an answer for people: the figures with their qualifiers and sources, caveats, any conflict between sources,
 * and always the help lines at the end. A not-found answer is written as its reason and suggestions, with the help
 * lines. A person speaking (`status: 'help-first'`, from a query or a lookup) is written as the help alone.
 *
 * @param answer - any answer from `getFigures`, `getSeries`, `compareAreas` or `getNational`, or a lookup's help-first result
 * @param options - the output format
 * @returns the answer as text or Markdown, ending with the help lines
 * @example
 * ```ts
 * import { formatAnswer, getFigures } from '@signpost-uk/sdk';
 *
 * const text = formatAnswer(getFigures({ area: 'Derbyshire', year: '2016/17' }), { format: 'text' });
 * text.includes('0800 1111'); // true
 * ```
 */
export function formatAnswer(answer: Answer | PersonSpeaking, options: FormatOptions = { format: 'text' }): string {
	return options.format === 'markdown' ? renderMarkdown(answer) : renderText(answer);
}
