import type { Problem } from '../http/problem.js';
import type { Helped } from '../http/send-json.js';

/**
 * What an endpoint answers: a JSON body with the help lines, a problem (which has them too), or a file of the data
 * package (CSV, Markdown) as text.
 *
 * @example
 * ```ts
 * const reply: Reply = { kind: 'json', body: getHelplines() };
 * ```
 */
export type Reply =
	| { readonly kind: 'json'; readonly body: Helped }
	| { readonly kind: 'problem'; readonly problem: Problem }
	| { readonly kind: 'text'; readonly body: string; readonly contentType: string };

/**
 * A JSON reply.
 *
 * @example
 * ```ts
 * return json(listMeasures());
 * ```
 */
export function json<Body extends Helped>(body: Body): Reply {
	return { kind: 'json', body };
}

/**
 * A problem reply.
 *
 * @example
 * ```ts
 * return problemReply(problem('unknown-area', 'No area has that id.'));
 * ```
 */
export function problemReply(problem: Problem): Reply {
	return { kind: 'problem', problem };
}
