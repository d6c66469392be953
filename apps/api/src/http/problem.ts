import { z } from '@hono/zod-openapi';
import { type Signposting, selectHelp } from '@signpost-uk/domain';
import { SuggestionSchema } from '../schemas/answer-schema.js';
import { HelpSchema } from '../schemas/help-schema.js';

/** Where each problem type is explained: the API reference page of the docs site, one anchor per type. */
export const PROBLEM_TYPE_BASE = 'https://signpost.example.org/guide/api#problem-';

/** The kinds of problem the API answers with, each its own `type` URI. */
export type ProblemKind =
	| 'bad-parameter'
	| 'unknown-area'
	| 'not-found'
	| 'method-not-allowed'
	| 'uri-too-long'
	| 'too-many-requests'
	| 'internal';

/**
 * An RFC 9457 problem, as `application/problem+json`: `type`, `title`, `status`, `detail` and the help lines, and for
 * a bad parameter its name (never its value: a person may have typed anything).
 *
 * @example
 * ```ts
 * ProblemSchema.parse(await (await fetch('/v1/figures')).json()).parameter; // "area"
 * ```
 */
export const ProblemSchema = z
	.looseObject({
		type: z.string(),
		title: z.string(),
		status: z.number().int().min(400).max(599),
		detail: z.string(),
		help: HelpSchema,
		parameter: z.string().optional().describe('The query or path parameter at fault, for a 400.'),
		suggestions: z.array(SuggestionSchema).optional().describe('Areas offered for an unknown name, for a 404.'),
	})
	.openapi('Problem');

/** A problem body. `help` is required: a problem without the help lines does not type-check. */
export interface Problem {
	readonly type: string;
	readonly title: string;
	readonly status: number;
	readonly detail: string;
	readonly help: Signposting;
	readonly parameter?: string;
	readonly suggestions?: readonly { readonly id: string; readonly name: string; readonly detail?: string }[];
}

const TITLES: Record<ProblemKind, readonly [status: number, title: string]> = {
	'bad-parameter': [400, 'A parameter could not be read'],
	'unknown-area': [404, 'No area has that name'],
	'not-found': [404, 'No such path'],
	'method-not-allowed': [405, 'Only GET, HEAD and OPTIONS are allowed'],
	'uri-too-long': [414, 'The address is too long'],
	'too-many-requests': [429, 'Too many requests'],
	internal: [500, 'Something went wrong on our side'],
};

/**
 * Builds a problem of one kind, with the help lines attached here so no problem can leave them out.
 *
 * @param kind - which problem
 * @param detail - a sentence for a person; never what they typed
 * @param extra - the parameter at fault, or suggestions
 * @example
 * ```ts
 * problem('bad-parameter', 'area is required.', { parameter: 'area' }).status; // 400
 * ```
 */
export function problem(
	kind: ProblemKind,
	detail: string,
	extra: Pick<Problem, 'parameter' | 'suggestions'> = {},
): Problem {
	const [status, title] = TITLES[kind];
	return { type: `${PROBLEM_TYPE_BASE}${kind}`, title, status, detail, help: selectHelp(), ...extra };
}
