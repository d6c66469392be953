import { dateInWords, type Published, WORDING } from '@signpost-uk/domain';

/**
 * A source's publication date in words ("14 March 2018"), or the domain's words when the page shows none (as the bot
 * and the SDK say it).
 *
 * @example
 * ```ts
 * publishedDate('2018-03-14'); // "14 March 2018"
 * publishedDate('not-shown'); // "date not shown"
 * ```
 */
export function publishedDate(published: Published): string {
	return published === 'not-shown' ? WORDING.dateNotShown : dateInWords(published);
}
