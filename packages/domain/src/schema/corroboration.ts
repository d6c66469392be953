import { z } from 'zod';
import { IdSchema } from './id.js';

/** A further source for a figure another data batch holds; merged into that figure's `sources` on load. */
export const CorroborationSchema = z.object({
	/** The id of the figure, held in another batch, that this page also reports. */
	figure: IdSchema.describe('The id of the figure, held in another batch, that this page also reports.'),
	/** The id of the source (in `sources`) that reports it. */
	source: IdSchema.describe('The id of the source (in `sources`) that reports it.'),
	/** Copied word for word from the source, containing the value. */
	quote: z.string().min(1).max(1_000).describe('Copied word for word from the source, containing the value.'),
});

export type Corroboration = z.infer<typeof CorroborationSchema>;
