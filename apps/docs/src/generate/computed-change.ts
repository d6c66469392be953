import { type ComputedChange, formatChange, WORDING } from '@signpost-uk/domain';
import { mdText } from './markdown-text.js';

/**
 * A change Signpost computed, as the bot and the SDK word it: the percentage, the two years with their cited counts,
 * and the domain's words for a computed number. The page's caveats say such numbers are not stated by the sources.
 *
 * @example
 * ```ts
 * computedChange(change); // "+25% from 2016/17 (1,347) to 2017/18 (1,681), computed by Signpost from the cited counts"
 * ```
 */
export function computedChange(change: ComputedChange): string {
	return `${formatChange(change.percent)} from ${change.from.figure.period} (${mdText(change.from.valueText)}) to ${change.to.figure.period} (${mdText(change.to.valueText)}), ${WORDING.computed}`;
}
