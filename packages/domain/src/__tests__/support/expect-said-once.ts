import { expect } from 'vitest';
import type { Answer } from '../../answer/answer.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';
import { missingHelpNumbers } from '../../testing.js';

/**
 * Checks a sentence in an answer's text and Markdown renders: said exactly once, before `before` (the figures), with
 * the help lines, and, where `insteadOf` is given, in place of that sentence (never said).
 *
 * @example
 * ```ts
 * expectSaidOnce(answer, 'Reading is policed by Thames Valley Police.', { before: 'Thames Valley Police,' });
 * ```
 */
export function expectSaidOnce(
	answer: Answer,
	sentence: string,
	{ before, insteadOf }: { readonly before: string; readonly insteadOf?: string },
): void {
	for (const render of [renderText, renderMarkdown]) {
		const text = render(answer);
		expect(text.split(sentence)).toHaveLength(2);
		if (insteadOf !== undefined) expect(text).not.toContain(insteadOf);
		expect(text.indexOf(sentence)).toBeLessThan(text.indexOf(before));
		expect(missingHelpNumbers(text)).toEqual([]);
	}
}
