import type { HelpSelection } from '@signpost-uk/domain';
import { AnswerOptionsSchema } from '@signpost-uk/domain';
import type * as z from 'zod/mini';

/** Input read at the boundary: the value with `null`s dropped, or which part failed and why. */
export type InputReading<T> =
	| { readonly ok: true; readonly value: T }
	| { readonly ok: false; readonly input: string; readonly message: string };

/**
 * Reads one argument against its schema. On failure, `input` is the path of the first problem (`query.year`,
 * `options.help.audience`) and `message` a sentence naming it and what was expected, never the value itself.
 *
 * @param schema - the argument's schema
 * @param value - what the caller passed
 * @param name - the argument's name, the path's first part
 * @returns the value, or the failed path and a message
 * @example
 * ```ts
 * readInput(FiguresQuerySchema, { area: 'Derbyshire', year: 2016 }, 'query');
 * // { ok: false, input: 'query.year', message: 'The query is not one Signpost can read: query.year: ...' }
 * ```
 */
export function readInput<S extends z.ZodMiniType>(schema: S, value: unknown, name: string): InputReading<z.output<S>> {
	const result = schema.safeParse(value);
	if (result.success) return { ok: true, value: result.data };
	const [issue] = result.error.issues;
	const path = [name, ...(issue?.path ?? []).map(String)].join('.');
	const problem = issue?.code === 'invalid_type' ? `expected ${issue.expected}` : (issue?.message ?? 'not readable');
	return unreadable(path, problem);
}

/**
 * A failed reading: the path of the part that could not be read and a sentence naming it and what was expected.
 *
 * @example
 * ```ts
 * unreadable('query.breakdown.sex', 'expected "girls" or "boys"').message;
 * // 'The query is not one Signpost can read: query.breakdown.sex: expected "girls" or "boys".'
 * ```
 */
export function unreadable(path: string, problem: string): InputReading<never> {
	return { ok: false, input: path, message: `The query is not one Signpost can read: ${path}: ${problem}.` };
}

/**
 * The help selection from options, or the general help when the options cannot be read (help is never withheld).
 *
 * @param options - what the caller passed as options
 * @returns the selection to use
 * @example
 * ```ts
 * helpFrom({ help: { audience: 'child' } }); // { audience: 'child' }
 * helpFrom(42); // {}
 * ```
 */
export function helpFrom(options: unknown): HelpSelection {
	const result = AnswerOptionsSchema.safeParse(options);
	const help = result.success ? result.data?.help : undefined;
	return {
		audience: help?.audience ?? undefined,
		topic: help?.topic ?? undefined,
		topics: help?.topics ?? undefined,
		nation: help?.nation ?? undefined,
	};
}
