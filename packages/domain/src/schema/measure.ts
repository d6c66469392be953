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
	/** The words people use for it ("grooming", "SCWC", "online", "charged"), accepted wherever a measure is named. */
	aliases: z.array(z.string().min(1).max(60)).default([]),
	/**
	 * The measure this one stands in for where that one is not recorded: Police Scotland's Communicating Indecently
	 * with a Child for Sexual Communication with a Child. A different offence, never added to or compared with it; an
	 * answer asking for one where only the other is held says so.
	 */
	equivalentOf: IdSchema.optional(),
	/** Caveats that apply only to figures for areas in the given nations (a Scotland caveat is not said of Kent). */
	nationCaveats: z.array(z.object({ nations: z.array(NationSchema).min(1), text: z.string().min(1) })).default([]),
});

export type Measure = z.infer<typeof MeasureSchema>;
