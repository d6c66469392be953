import { helpLines, selectHelp } from '@signpost-uk/domain';

const HELP = helpLines(selectHelp());

/**
 * The JSON body of every HTTP reply that is not an interaction response (401, 400, 404, 405, 413, 500, 408): what
 * went wrong, in a few fixed words that never quote the request, and the help lines, so even an error carries them.
 *
 * @example
 * ```ts
 * errorBody('invalid request signature');
 * // '{"error":"invalid request signature","help":["- Childline: 0800 1111: …","- NSPCC Helpline: 0808 800 5000: …","- 999: …"]}'
 * ```
 */
export function errorBody(error: string): string {
	return JSON.stringify({ error, help: HELP });
}
