import { z } from 'zod';
import { BreakdownSchema } from './breakdown.js';
import { FigureCoverageSchema } from './coverage.js';
import { IdSchema } from './id.js';
import { PeriodIdSchema } from './period-id.js';
import { QualifierSchema } from './qualifier.js';
import { SourceRefSchema } from './source-ref.js';

/** The unit of a figure's value: a count, a percentage (8 = 8%), or a share (0.8 = four out of five). */
export const UnitSchema = z.enum(['count', 'percent', 'share']);

/** One number a source states, with its area, period, measure, breakdown, qualifier and citations. */
export const FigureSchema = z
	.object({
		id: IdSchema,
		area: IdSchema,
		period: PeriodIdSchema,
		measure: IdSchema,
		breakdown: BreakdownSchema.default(null),
		value: z.number().nonnegative(),
		unit: UnitSchema,
		qualifier: QualifierSchema.default('exact'),
		sources: z.array(SourceRefSchema).min(1),
		confidence: z.enum(['normal', 'low']).default('normal'),
		notes: z.array(z.string().min(1)).default([]),
		/** Where the figure covers part of a year, some forces, or only cases where a detail was recorded. */
		coverage: FigureCoverageSchema.optional(),
		/**
		 * The id of a held figure with the same area, period, measure and breakdown that this one repeats at another
		 * precision (83% beside "four in five"): the two agree, so they are not a conflict.
		 */
		corroborates: IdSchema.optional(),
	})
	.refine((f) => f.unit !== 'count' || Number.isInteger(f.value), {
		message: 'a count is a whole number',
		path: ['value'],
	})
	.refine((f) => f.unit !== 'share' || f.value <= 1, { message: 'a share is between 0 and 1', path: ['value'] })
	.refine((f) => f.unit !== 'percent' || f.value <= 100, { message: 'a percentage is at most 100', path: ['value'] });

export type Unit = z.infer<typeof UnitSchema>;
export type Figure = z.infer<typeof FigureSchema>;
