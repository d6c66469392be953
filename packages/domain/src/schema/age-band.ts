import { z } from 'zod';
import { IdSchema } from './id.js';

/**
 * A victim age band exactly as a release published it. Bands are cumulative and differ between releases:
 * they are never summed or converted into each other.
 */
export const AgeBandSchema = z.object({
	id: IdSchema,
	label: z.string().min(1).max(60),
	from: z.number().int().min(0).optional(),
	upTo: z.number().int().min(0).optional(),
	notes: z.string().optional(),
});

export type AgeBand = z.infer<typeof AgeBandSchema>;
