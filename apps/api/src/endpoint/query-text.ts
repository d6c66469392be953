import { z } from '@hono/zod-openapi';

/** Longest value any text parameter takes (as the SDK's own limit): more is not a name or a year, and is refused. */
export const MAX_PARAMETER_LENGTH = 200;

/**
 * A text query parameter, described for the OpenAPI document: at most 200 characters.
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
