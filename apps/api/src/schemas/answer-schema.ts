import { z } from '@hono/zod-openapi';
import { YearIdSchema } from '@signpost-uk/domain';
import { HelpSchema } from './help-schema.js';

/** An area offered when a name matched none exactly, or one of the choices for a name that means several areas. */
export const SuggestionSchema = z
	.looseObject({ id: z.string(), name: z.string(), detail: z.string().optional() })
	.openapi('Suggestion');

/** How a typed name became the answer's area: exact, an alias, a place the force polices, or a corrected spelling. */
export const ResolutionSchema = z
	.looseObject({
		kind: z.enum(['exact', 'alias', 'place', 'corrected']),
		matched: z.string(),
		input: z.string().optional(),
		note: z.string(),
	})
	.openapi('Resolution');

/** Why there is no figure to give: every reason is a correct answer, never a guess. */
export const NotFoundReasonSchema = z.enum([
	'invalid-query',
	'unknown-area',
	'ambiguous-area',
	'unknown-measure',
	'invalid-year',
	'ambiguous-year',
	'year-outside-dataset',
	'no-published-figure',
	'offence-not-in-force',
]);

/**
 * The three shapes of an SDK answer, for one kind of question: `found` with its data, `not-found` with the reason
 * (and choices for a name that means several areas), and `help-first` when the question reads as a person speaking
 * (help first, no statistics, never their words). Every shape carries `help`.
 *
 * @param kind - the answer's kind: `figures`, `series`, `compare` or `national`
 * @param data - the schema of the found answer's `data`
 * @param name - the component name in the OpenAPI document
 * @example
 * ```ts
 * const FiguresAnswerSchema = answerSchema('figures', AreaYearDataSchema, 'FiguresAnswer');
 * ```
 */
export function answerSchema<Kind extends string, Data extends z.ZodType>(kind: Kind, data: Data, name: string) {
	const common = { kind: z.literal(kind), help: HelpSchema };
	return z
		.discriminatedUnion('status', [
			z.looseObject({
				status: z.literal('found'),
				...common,
				data,
				caveats: z.array(z.string()),
				resolution: ResolutionSchema.optional(),
			}),
			z.looseObject({
				status: z.literal('not-found'),
				...common,
				reason: NotFoundReasonSchema,
				message: z.string(),
				suggestions: z.array(SuggestionSchema),
				yearsHeld: z.array(YearIdSchema),
				caveats: z.array(z.string()),
				input: z.string().optional(),
			}),
			z.looseObject({
				status: z.literal('help-first'),
				...common,
				concerns: z.array(z.string()),
				input: z.string().optional(),
			}),
		])
		.openapi(name);
}
