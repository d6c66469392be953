import { z } from 'zod';
import { IdSchema } from './id.js';

/** A further source for a figure another data batch holds; merged into that figure's `sources` on load. */
export const CorroborationSchema = z.object({
	figure: IdSchema,
	source: IdSchema,
	quote: z.string().min(1).max(1_000),
});

export type Corroboration = z.infer<typeof CorroborationSchema>;
