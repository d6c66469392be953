// Type tests (checked by `pnpm typecheck`): the public query types, inferred from the domain's one input schema per
// query, keep the shape callers write. A schema edit that changed what a caller may pass fails here first.
import { describe, expectTypeOf, it } from 'vitest';
import type { Breakdown, CompareQuery, FiguresQuery, NationalQuery, SeriesQuery } from '../index.js';

type BreakdownFilter = NonNullable<Breakdown>;

/** Each type is assignable to the other: the same fields, the same optional ones, of the same types. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The shapes callers write, field for field. */
interface FiguresShape {
	area: string;
	year?: string | undefined;
	measure?: string | undefined;
	breakdown?: BreakdownFilter | undefined;
}

interface SeriesShape {
	area: string;
	measure?: string | undefined;
	from?: string | undefined;
	to?: string | undefined;
	breakdown?: BreakdownFilter | undefined;
}

interface CompareShape {
	areas: readonly string[];
	year?: string | undefined;
	measure?: string | undefined;
}

interface NationalShape {
	year?: string | undefined;
	measure?: string | undefined;
}

describe('the public query types, inferred from the input schemas, have the shapes callers write', () => {
	it('FiguresQuery', () => {
		expectTypeOf<Same<FiguresQuery, FiguresShape>>().toEqualTypeOf<true>();
	});

	it('SeriesQuery', () => {
		expectTypeOf<Same<SeriesQuery, SeriesShape>>().toEqualTypeOf<true>();
	});

	it('CompareQuery', () => {
		expectTypeOf<Same<CompareQuery, CompareShape>>().toEqualTypeOf<true>();
	});

	it('NationalQuery', () => {
		expectTypeOf<Same<NationalQuery, NationalShape>>().toEqualTypeOf<true>();
	});
});
