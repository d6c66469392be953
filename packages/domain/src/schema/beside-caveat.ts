import { z } from 'zod';
import { CitationSchema } from './citation.js';
import { IdSchema } from './id.js';

/**
 * A caveat said wherever a measure is shown beside another one in the same answer (a force's grooming count above
 * its online-element count: the two are counted differently), with the pages it rests on.
 */
export const BesideCaveatSchema = z.object({
	/** The other measure's id. */
	measure: IdSchema.describe("The other measure's id."),
	/** The caveat, one plain sentence. */
	text: z.string().min(1).describe('The caveat, one plain sentence.'),
	/** The pages the caveat rests on, each with the words it rests on. */
	sources: z
		.array(CitationSchema)
		.default([])
		.describe('The pages the caveat rests on, each with the words it rests on.'),
});

export type BesideCaveat = z.infer<typeof BesideCaveatSchema>;
