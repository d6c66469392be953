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
		/** The figure's id: area id, period with "/" written "-", then a tag ("derbyshire-2016-17-total"); never reused. */
		id: IdSchema.describe(
			'The figure\'s id: area id, period with "/" written "-", then a tag ("derbyshire-2016-17-total"); never reused.',
		),
		/** The id of the area (in `areas`) the figure counts, e.g. "derbyshire". */
		area: IdSchema.describe('The id of the area (in `areas`) the figure counts, e.g. "derbyshire".'),
		/** The financial year ("2016/17") or span of years ("2017/18-2022/23") the figure counts. */
		period: PeriodIdSchema.describe(
			'The financial year ("2016/17") or span of years ("2017/18-2022/23") the figure counts.',
		),
		/** The id of the measure (in `measures`) the figure counts, e.g. "child-sexual-offences". */
		measure: IdSchema.describe(
			'The id of the measure (in `measures`) the figure counts, e.g. "child-sexual-offences".',
		),
		/** The part of the measure counted (an age band, sex or platform); `null` for the whole measure. */
		breakdown: BreakdownSchema.default(null).describe(
			'The part of the measure counted (an age band, sex or platform); `null` for the whole measure.',
		),
		/** The number exactly as the source states it, in `unit`; never estimated or carried over from another year. */
		value: z
			.number()
			.nonnegative()
			.describe(
				'The number exactly as the source states it, in `unit`; never estimated or carried over from another year.',
			),
		/** "count", "percent" (8 = 8%) or "share" (0.8 = four out of five). */
		unit: UnitSchema.describe('"count", "percent" (8 = 8%) or "share" (0.8 = four out of five).'),
		/** How the source qualified the number ("more than 34,000"); "exact" when it did not. */
		qualifier: QualifierSchema.default('exact').describe(
			'How the source qualified the number ("more than 34,000"); "exact" when it did not.',
		),
		/** The pages that state it, each with the words copied from the page; one figure may have several. */
		sources: z
			.array(SourceRefSchema)
			.min(1)
			.describe('The pages that state it, each with the words copied from the page; one figure may have several.'),
		/** "low" only for rows the press table marks LOW CONFIDENCE; shown beside the figure. */
		confidence: z
			.enum(['normal', 'low'])
			.default('normal')
			.describe('"low" only for rows the press table marks LOW CONFIDENCE; shown beside the figure.'),
		/** Notes on this value, shown with it (what it includes, how a source worded it). */
		notes: z
			.array(z.string().min(1))
			.default([])
			.describe('Notes on this value, shown with it (what it includes, how a source worded it).'),
		/**
		 * Why a figure counts a period before its measure's offence came into force in the area's nations (a source's
		 * own year label, a span reaching back): required for such a figure, refused on any other.
		 */
		inForceNote: z
			.string()
			.min(1)
			.optional()
			.describe(
				"Why a figure counts a period before its measure's offence came into force in the area's nations (a source's own year label, a span reaching back): required for such a figure, refused on any other.",
			),
		/** Where the figure covers part of a year, some forces, or only cases where a detail was recorded. */
		coverage: FigureCoverageSchema.optional().describe(
			'Where the figure covers part of a year, some forces, or only cases where a detail was recorded.',
		),
		/**
		 * The id of a held figure with the same area, period, measure and breakdown that this one repeats at another
		 * precision (83% beside "four in five"): the two agree, so they are not a conflict.
		 */
		corroborates: IdSchema.optional().describe(
			'The id of a held figure with the same area, period, measure and breakdown that this one repeats at another precision (83% beside "four in five"): the two agree, so they are not a conflict.',
		),
	})
	.refine((f) => f.unit !== 'count' || Number.isInteger(f.value), {
		message: 'a count is a whole number',
		path: ['value'],
	})
	.refine((f) => f.unit !== 'share' || f.value <= 1, { message: 'a share is between 0 and 1', path: ['value'] })
	.refine((f) => f.unit !== 'percent' || f.value <= 100, { message: 'a percentage is at most 100', path: ['value'] });

export type Unit = z.infer<typeof UnitSchema>;
export type Figure = z.infer<typeof FigureSchema>;
