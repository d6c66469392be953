import { z } from 'zod';
import { IdSchema } from './id.js';

/** A figure's citation: the source and the exact words it used. */
export const SourceRefSchema = z.object({
	/** The id of the source (in `sources`) that states the figure. */
	source: IdSchema.describe('The id of the source (in `sources`) that states the figure.'),
	/** Copied word for word from the source, containing the value (as digits or words). */
	quote: z
		.string()
		.min(1)
		.max(1_000)
		.describe('Copied word for word from the source, containing the value (as digits or words).'),
});

export type SourceRef = z.infer<typeof SourceRefSchema>;
