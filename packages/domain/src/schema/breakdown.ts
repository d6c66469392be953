import { z } from 'zod';
import { IdSchema } from './id.js';

/** A figure's breakdown: a victim age band, the victim's sex, or a platform. `null` is the whole measure. */
export const BreakdownSchema = z
	.object({
		ageBand: IdSchema.optional(),
		sex: z.enum(['girls', 'boys']).optional(),
		platform: IdSchema.optional(),
	})
	.strict()
	.refine((b) => Object.keys(b).length > 0, { message: 'use null for no breakdown' })
	.nullable();

export type Breakdown = z.infer<typeof BreakdownSchema>;
