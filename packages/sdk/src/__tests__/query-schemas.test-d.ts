// Type tests (checked by `pnpm typecheck`): the public query types, inferred from the domain's one input schema per
// query, keep the shape callers write. A schema edit that changed what a caller may pass fails here first.
import { describe, expectTypeOf, it } from 'vitest';
import type { Breakdown, CompareQuery, FiguresQuery, NationalQuery, SeriesQuery } from '../index.js';

type BreakdownFilter = NonNullable<Breakdown>;

/** Each type is assignable to the other: the same fields, the same optional ones, of the same types. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('the public query types, inferred from the input schemas', () => {
	it('FiguresQuery', () => {
		expectTypeOf<
			Same<
				FiguresQuery,
				{
					area: string;
					year?: string | undefined;
					measure?: string | undefined;
					breakdown?: BreakdownFilter | undefined;
				}
			>
		>().toEqualTypeOf<true>();
	});

	it('SeriesQuery', () => {
		expectTypeOf<
			Same<
				SeriesQuery,
				{
					area: string;
					measure?: string | undefined;
					from?: string | undefined;
					to?: string | undefined;
					breakdown?: BreakdownFilter | undefined;
				}
			>
		>().toEqualTypeOf<true>();
	});

	it('CompareQuery', () => {
		expectTypeOf<
			Same<
				CompareQuery,
				{
					areas: readonly string[];
					year?: string | undefined;
					measure?: string | undefined;
				}
			>
		>().toEqualTypeOf<true>();
	});

	it('NationalQuery', () => {
		expectTypeOf<
			Same<NationalQuery, { year?: string | undefined; measure?: string | undefined }>
		>().toEqualTypeOf<true>();
	});
});
