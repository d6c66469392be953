import { z } from 'zod';
import { IdSchema } from './id.js';

/** A figure's citation: the source and the exact words it used. */
export const SourceRefSchema = z.object({
	source: IdSchema,
	/** Copied word for word from the source. */
	quote: z.string().min(1).max(1_000),
});

export type SourceRef = z.infer<typeof SourceRefSchema>;
