import { z } from 'zod';
import { IdSchema } from './id.js';

/**
 * What a figure covers when it is not a whole year from every force it names: part of a year, some of the forces,
 * only the cases where a detail (the victim's age, sex, or the platform) was recorded, or only victims under an age.
 * Answers show it beside the figure; a part-year figure never takes part in a computed change, and one counting
 * victims under an age is compared only with one counted the same way.
 */
export const FigureCoverageSchema = z
	.object({
		/** The figure covers part of the year only: what part, as the source says ("October 2017 to April 2018"). */
		partYear: z
			.string()
			.min(1)
			.optional()
			.describe(
				'The figure covers part of the year only: what part, as the source says ("October 2017 to April 2018").',
			),
		/** How many forces gave data, and of how many, where the source says ("41 of 44 forces"). */
		forces: z
			.object({
				/** How many forces gave data. */
				gave: z.number().int().positive().describe('How many forces gave data.'),
				/** Of how many forces asked, where the source says. */
				of: z.number().int().positive().optional().describe('Of how many forces asked, where the source says.'),
			})
			.refine((f) => f.of === undefined || f.gave <= f.of, { message: 'gave is at most of' })
			.optional()
			.describe('How many forces gave data, and of how many, where the source says ("41 of 44 forces").'),
		/** Areas (forces) whose figures the total leaves out ("excluding Greater Manchester Police"). */
		excluding: z
			.array(IdSchema)
			.min(1)
			.optional()
			.describe('Areas (forces) whose figures the total leaves out ("excluding Greater Manchester Police").'),
		/** The figure counts only cases where this detail was recorded. */
		knownOnly: z
			.enum(['age', 'sex', 'platform'])
			.optional()
			.describe('The figure counts only cases where this detail was recorded.'),
		/**
		 * The figure counts only victims younger than this age, as its source says ("committed against under
		 * 16s"), not the under-18s the measure counts elsewhere.
		 */
		victimsUnder: z
			.number()
			.int()
			.min(1)
			.max(18)
			.optional()
			.describe(
				'The figure counts only victims younger than this age, as its source says ("committed against under 16s"), not the under-18s the measure counts elsewhere.',
			),
	})
	.strict();

export type FigureCoverage = z.infer<typeof FigureCoverageSchema>;
