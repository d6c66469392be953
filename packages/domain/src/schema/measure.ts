import { z } from 'zod';
import { NationSchema } from './area.js';
import { IdSchema } from './id.js';
import { YearIdSchema } from './period-id.js';

/**
 * What is counted, with its definition and caveats. `recorded-offences` measures count offences the police recorded
 * (the only kind a change is computed for); `outcomes` measures count police outcomes assigned to recorded offences
 * (charged, no further action, ...), which are neither offences recorded nor children; context measures are not
 * police figures at all.
 */
export const MeasureSchema = z.object({
	id: IdSchema,
	name: z.string().min(1).max(100),
	shortName: z.string().min(1).max(60),
	kind: z.enum(['recorded-offences', 'outcomes', 'context']),
	definition: z.string().min(1),
	/** First financial year the offence existed, where it was created during the dataset's range. */
	inForceFrom: YearIdSchema.optional(),
	/** Nations where `inForceFrom` applies. */
	inForceNations: z.array(NationSchema).optional(),
	caveats: z.array(z.string().min(1)).default([]),
	/** Caveats that apply only to figures for areas in the given nations (a Scotland caveat is not said of Kent). */
	nationCaveats: z.array(z.object({ nations: z.array(NationSchema).min(1), text: z.string().min(1) })).default([]),
});

export type Measure = z.infer<typeof MeasureSchema>;
