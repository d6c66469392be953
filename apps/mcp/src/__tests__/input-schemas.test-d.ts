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

describe('each tool input is its SDK query, with the help selection', () => {
	it('get_figures', () => {
		expectTypeOf<Omit<Query<typeof GetFiguresInput>, 'breakdown'>>().toEqualTypeOf<Omit<FiguresQuery, 'breakdown'>>();
		expectTypeOf<keyof Query<typeof GetFiguresInput>>().toEqualTypeOf<keyof FiguresQuery>();
	});

	it('get_series', () => {
		expectTypeOf<Omit<Query<typeof GetSeriesInput>, 'breakdown'>>().toEqualTypeOf<Omit<SeriesQuery, 'breakdown'>>();
		expectTypeOf<keyof Query<typeof GetSeriesInput>>().toEqualTypeOf<keyof SeriesQuery>();
	});

	it('compare_areas', () => {
		expectTypeOf<Query<typeof CompareAreasInput>>().toEqualTypeOf<CompareQuery>();
	});

	it('get_national', () => {
		expectTypeOf<Query<typeof GetNationalInput>>().toEqualTypeOf<NationalQuery>();
	});
});
