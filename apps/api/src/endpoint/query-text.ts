import { z } from '@hono/zod-openapi';
import { MAX_FREE_TEXT_LENGTH } from '@signpost-uk/domain';

/**
 * Longest value any text parameter takes: the domain's `MAX_FREE_TEXT_LENGTH` (2,000 characters), not a name's
 * length, because a person may type a long message into a box that asks for a place, and it must reach the SDK's
 * person check (help first). A value the SDK cannot read as a name or a year is its `invalid-query` answer: a 400
 * naming the parameter, as is anything longer than this.
 */
export const MAX_PARAMETER_LENGTH = MAX_FREE_TEXT_LENGTH;

/**
 * A text query parameter, described for the OpenAPI document: at most {@link MAX_PARAMETER_LENGTH} characters.
 *
 * @param name - the parameter's name
 * @param description - what it is
 * @param example - an example value
 * @example
 * ```ts
 * const area = queryText('area', 'An area name, alias, id or place.', 'Derbyshire');
 * ```
 */
export function queryText(name: string, description: string, example: string) {
	return z
		.string()
		.max(MAX_PARAMETER_LENGTH)
		.openapi({ param: { name, in: 'query' }, description, example });
}
