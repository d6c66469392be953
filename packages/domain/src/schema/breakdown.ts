import { z } from 'zod';
import { IdSchema } from './id.js';

/** A figure's breakdown: a victim age band, the victim's sex, or a platform. `null` is the whole measure. */
export const BreakdownSchema = z
	.object({
		/** The id of a victim age band (in `ageBands`), exactly as the release published it. */
		ageBand: IdSchema.optional().describe(
			'The id of a victim age band (in `ageBands`), exactly as the release published it.',
		),
		/** "girls" or "boys". */
		sex: z.enum(['girls', 'boys']).optional().describe('"girls" or "boys".'),
		/** The platform (an id such as "snapchat") where the offence took place. */
		platform: IdSchema.optional().describe('The platform (an id such as "snapchat") where the offence took place.'),
	})
	.strict()
	.refine((b) => Object.keys(b).length > 0, { message: 'use null for no breakdown' })
	.nullable();

export type Breakdown = z.infer<typeof BreakdownSchema>;
