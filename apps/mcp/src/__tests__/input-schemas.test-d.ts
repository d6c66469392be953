// Type tests (checked by `pnpm typecheck`): each tool's input is the SDK query it is passed on as, field for field,
// with the help selection beside it. The tools describe each field for a model and take up to 2,000 characters (so a
// person's whole message reaches the person check); the fields themselves cannot drift from the SDK's queries.
import type { CompareQuery, FiguresQuery, NationalQuery, SeriesQuery } from '@signpost-uk/sdk';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
	CompareAreasInput,
	GetFiguresInput,
	GetNationalInput,
	GetSeriesInput,
	HelpSelectionShape,
} from '../tools/input-schemas.js';

/** A tool's input without the help selection, lists read-only as the SDK takes them. */
type Read<T> = { [K in keyof T]: T[K] extends (infer U)[] ? readonly U[] : T[K] };
type Query<S extends z.ZodType> = Read<Omit<z.output<S>, keyof typeof HelpSelectionShape>>;
/** Each type is assignable to the other: the same fields, the same optional ones, of the same types. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('each tool input is its SDK query, with the help selection', () => {
	it('get_figures', () => {
		expectTypeOf<
			Same<Omit<Query<typeof GetFiguresInput>, 'breakdown'>, Omit<FiguresQuery, 'breakdown'>>
		>().toEqualTypeOf<true>();
		expectTypeOf<Same<keyof Query<typeof GetFiguresInput>, keyof FiguresQuery>>().toEqualTypeOf<true>();
	});

	it('get_series', () => {
		expectTypeOf<
			Same<Omit<Query<typeof GetSeriesInput>, 'breakdown'>, Omit<SeriesQuery, 'breakdown'>>
		>().toEqualTypeOf<true>();
		expectTypeOf<Same<keyof Query<typeof GetSeriesInput>, keyof SeriesQuery>>().toEqualTypeOf<true>();
	});

	it('compare_areas', () => {
		expectTypeOf<Same<Query<typeof CompareAreasInput>, CompareQuery>>().toEqualTypeOf<true>();
	});

	it('get_national', () => {
		expectTypeOf<Same<Query<typeof GetNationalInput>, NationalQuery>>().toEqualTypeOf<true>();
	});
});
