import { AUDIENCES, HELP_TOPICS, MAX_FREE_TEXT_LENGTH, type QueryInputs } from '@signpost-uk/domain';

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

/** The values an option may take that name the help wanted ("suicide-or-self-harm"), not a person speaking. */
const SELECTIONS: Readonly<Record<string, readonly string[]>> = {
	'options.help.audience': AUDIENCES,
	'options.help.topic': HELP_TOPICS,
};

/**
 * Every piece of free text in a call's options as they arrived, by path (`options.help.topic`): a caller from plain
 * JavaScript may put anything there, and a person's words get help first wherever they are typed. The values the
 * help options take (`"adult"`, `"suicide-or-self-harm"`) are left out: they name the help wanted.
 *
 * @example
 * ```ts
 * optionInputs({ help: { audience: 'adult', topic: 'help me' } }); // [["options.help.topic", "help me"]]
 * ```
 */
export function optionInputs(options: unknown): QueryInputs {
	return textInputs(options, 'options').filter(([path, text]) => !SELECTIONS[path]?.includes(text as string));
}
