import { createRoute, type RouteConfig, type z } from '@hono/zod-openapi';
import { formatNumber } from '@signpost-uk/domain';
import { MAX_URL_LENGTH } from '../http/max-url-length.js';
import { ProblemSchema, problem } from '../http/problem.js';
import { MAX_PARAMETER_LENGTH } from './query-text.js';
import { problemReply, type Reply } from './reply.js';

type Shape = z.ZodObject;

/** What an endpoint is: its OpenAPI route (the document is generated from these) and the code that answers it. */
export interface Endpoint {
	readonly route: RouteConfig;
	/** Answers raw query and path parameters: checked against the route's schemas first (400 naming the parameter). */
	run(query: Readonly<Record<string, string>>, params: Readonly<Record<string, string>>): Reply;
}

/** How a successful answer is sent: JSON with `help` (its schema), and for files other media types as text. */
interface Success<S extends z.ZodType<{ help: unknown }>> {
	readonly schema: S;
	readonly description: string;
	/** Media types also sent as text (a CSV table, a README), which carry the help lines in `Signpost-Help`. */
	readonly textMediaTypes?: readonly string[];
}

/** The parts of an endpoint: its path (OpenAPI syntax, `/v1/areas/{id}`), words, parameters, success and answer. */
export interface EndpointSpec<Q extends Shape, P extends Shape, S extends z.ZodType<{ help: unknown }>> {
	readonly path: `/v1/${string}`;
	readonly operationId: string;
	readonly summary: string;
	readonly description: string;
	readonly tag: string;
	readonly query?: Q;
	readonly params?: P;
	readonly success: Success<S>;
	/** The problem statuses this endpoint can answer besides the ones every endpoint can (405, 414, 429, 500). */
	readonly problems: readonly (400 | 404)[];
	readonly answer: (input: { query: z.infer<Q>; params: z.infer<P> }) => Reply;
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
	400: 'A parameter could not be read; `parameter` names it.',
	404: 'No such area, file or path.',
	405: 'A method other than GET, HEAD or OPTIONS.',
	414: `The address is longer than ${formatNumber(MAX_URL_LENGTH)} characters.`,
	429: 'Too many requests from this client this minute (see the RateLimit headers).',
	500: 'An error on our side; no detail of it is sent.',
};

function problemResponse(status: number) {
	return {
		description: PROBLEM_DESCRIPTIONS[status] ?? 'A problem.',
		content: { 'application/problem+json': { schema: ProblemSchema } },
	};
}

function successResponse<S extends z.ZodType<{ help: unknown }>>(success: Success<S>) {
	const text = Object.fromEntries(
		(success.textMediaTypes ?? []).map((type) => [type, { schema: { type: 'string' as const } }]),
	);
	return { description: success.description, content: { 'application/json': { schema: success.schema }, ...text } };
}

function parameterProblem(error: z.ZodError, where: string): Reply {
	const issue = error.issues[0];
	const name = String(issue?.path[0] ?? where);
	const tooLong = issue?.code === 'too_big';
	const detail = tooLong
		? `The ${where} parameter "${name}" is too long: at most ${formatNumber(MAX_PARAMETER_LENGTH)} characters.`
		: issue?.code === 'invalid_type' && issue.input === undefined
			? `The ${where} parameter "${name}" is required.`
			: `The ${where} parameter "${name}" could not be read: ${issue?.message ?? 'not valid'}.`;
	return problemReply(problem('bad-parameter', detail, { parameter: name }));
}

/**
 * Defines an endpoint: the OpenAPI route (query and path schemas, the success schema, every problem response) and
 * the answer, which only runs on parameters that passed the schemas.
 *
 * @example
 * ```ts
 * const measures = defineEndpoint({
 *   path: '/v1/measures', operationId: 'listMeasures', summary: 'Measures', description: '...', tag: 'Reference',
 *   success: { schema: MeasuresSchema, description: 'Every measure.' }, problems: [],
 *   answer: () => json(listMeasures()),
 * });
 * ```
 */
export function defineEndpoint<
	Q extends Shape = z.ZodObject<Record<string, never>>,
	P extends Shape = z.ZodObject<Record<string, never>>,
	S extends z.ZodType<{ help: unknown }> = z.ZodType<{ help: unknown }>,
>(spec: EndpointSpec<Q, P, S>): Endpoint {
	const statuses = [...spec.problems, 405, 414, 429, 500].sort();
	const route = createRoute({
		method: 'get',
		path: spec.path,
		operationId: spec.operationId,
		summary: spec.summary,
		description: spec.description,
		tags: [spec.tag],
		request: { ...(spec.query ? { query: spec.query } : {}), ...(spec.params ? { params: spec.params } : {}) },
		responses: {
			200: successResponse(spec.success),
			304: { description: 'Not modified: the `If-None-Match` ETag is current.' },
			...Object.fromEntries(statuses.map((status) => [status, problemResponse(status)])),
		},
	});
	return {
		route,
		run(query, params) {
			const q = spec.query ? spec.query.safeParse(query) : { success: true as const, data: {} };
			if (!q.success) return parameterProblem(q.error, 'query');
			const p = spec.params ? spec.params.safeParse(params) : { success: true as const, data: {} };
			if (!p.success) return parameterProblem(p.error, 'path');
			return spec.answer({ query: q.data as z.infer<Q>, params: p.data as z.infer<P> });
		},
	};
}
