import { z } from 'zod';
import { IdSchema } from './id.js';

/**
 * A victim age band exactly as a release published it. Bands are cumulative and differ between releases:
 * they are never summed or converted into each other.
 */
export const AgeBandSchema = z.object({
	/** The band's id, e.g. "ten-and-under"; figures name it in `breakdown.ageBand`. */
	id: IdSchema.describe('The band\'s id, e.g. "ten-and-under"; figures name it in `breakdown.ageBand`.'),
	/** The band as the release worded it, e.g. "aged 10 and under". */
	label: z.string().min(1).max(60).describe('The band as the release worded it, e.g. "aged 10 and under".'),
	/** The youngest age the band includes, where it has a lower end. */
	from: z.number().int().min(0).optional().describe('The youngest age the band includes, where it has a lower end.'),
	/** The oldest age the band includes, where it has an upper end. */
	upTo: z.number().int().min(0).optional().describe('The oldest age the band includes, where it has an upper end.'),
	/** How the release defined the band, where it matters. */
	notes: z.string().optional().describe('How the release defined the band, where it matters.'),
});

export type AgeBand = z.infer<typeof AgeBandSchema>;
