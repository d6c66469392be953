import { helpLines, MARKDOWN_STYLE, selectHelp } from '@signpost-uk/domain';

/**
 * The help lines as a Markdown list, included into hand-written pages with `<!--@include: ...-->`.
 *
 * @example
 * ```ts
 * helpLinesPart(); // "- **Childline: 0800 1111**: children and young people ..."
 * ```
 */
export function helpLinesPart(): string {
	return `${helpLines(selectHelp(), MARKDOWN_STYLE).join('\n')}\n`;
}
