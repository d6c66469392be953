// Type tests (checked by `pnpm typecheck`): the schemas the SDK reads each query with (`api/input-schemas.ts`) and
// the domain's query types it passes the query on as cannot drift apart. With `null` read as "not given" (as the SDK
// reads it), each schema's output has the query type's fields, of the query type's types; a breakdown is read as
// text, then checked against the dataset, so only its parts' names must agree.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
	BreakdownInputSchema,
	CompareQuerySchema,
	FiguresQuerySchema,
	NationalQuerySchema,
	SeriesQuerySchema,
} from '../api/input-schemas.js';
import type { Breakdown, CompareQuery, FiguresQuery, NationalQuery, SeriesQuery } from '../index.js';

/** A schema's output as the SDK passes it on: `null` read as not given, arrays as the domain's read-only lists. */
type Read<T> = { [K in keyof T]: Exclude<T[K], null> extends (infer U)[] ? readonly U[] : Exclude<T[K], null> };
type Query<S extends z.ZodMiniType> = Read<NonNullable<z.output<S>>>;

describe('one input per query: the SDK reads each query with a schema of the same shape as the domain query', () => {
	it('getFigures', () => {
		expectTypeOf<Omit<Query<typeof FiguresQuerySchema>, 'breakdown'>>().toEqualTypeOf<
			Omit<FiguresQuery, 'breakdown'>
		>();
		expectTypeOf<keyof Query<typeof FiguresQuerySchema>>().toEqualTypeOf<keyof FiguresQuery>();
	});

	it('getSeries', () => {
		expectTypeOf<Omit<Query<typeof SeriesQuerySchema>, 'breakdown'>>().toEqualTypeOf<Omit<SeriesQuery, 'breakdown'>>();
		expectTypeOf<keyof Query<typeof SeriesQuerySchema>>().toEqualTypeOf<keyof SeriesQuery>();
	});

	it('compareAreas', () => {
		expectTypeOf<Query<typeof CompareQuerySchema>>().toEqualTypeOf<CompareQuery>();
	});

	it('getNational', () => {
		expectTypeOf<Query<typeof NationalQuerySchema>>().toEqualTypeOf<NationalQuery>();
	});

	it('a breakdown names the same parts', () => {
		expectTypeOf<keyof Query<typeof BreakdownInputSchema>>().toEqualTypeOf<keyof NonNullable<Breakdown>>();
	});
});
