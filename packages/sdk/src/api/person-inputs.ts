import { MAX_FREE_TEXT_LENGTH, type QueryInputs } from '@signpost-uk/domain';

/**
 * Every piece of free text in an argument as it arrived, before any schema reads it, by path (`area`, `areas.1`,
 * `breakdown.sex`, or `text` for a bare string): what the domain's person check reads first, so a message that is too
 * long or oddly shaped for the query's schema still gets help first rather than "not a query Signpost can read". Text
 * longer than the domain's `MAX_FREE_TEXT_LENGTH` (2,000 characters) is not read: the schema refuses it as bad input.
 *
 * @example
 * ```ts
 * textInputs({ areas: ['Kent', 'help me'], breakdown: { sex: 'girls' } });
 * // [["areas.0", "Kent"], ["areas.1", "help me"], ["breakdown.sex", "girls"]]
 * textInputs('help me', 'text'); // [["text", "help me"]]
 * ```
 */
export function textInputs(value: unknown, path = ''): QueryInputs {
	return collect(value, path, 0);
}

/** A query's fields, a list's items and a breakdown's values: two levels below the argument, no deeper. */
const MAX_DEPTH = 2;

function collect(value: unknown, path: string, depth: number): QueryInputs {
	if (typeof value === 'string') return value.length <= MAX_FREE_TEXT_LENGTH ? [[path, value]] : [];
	if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return [];
	return Object.entries(value).flatMap(([key, item]) => collect(item, path ? `${path}.${key}` : key, depth + 1));
}
