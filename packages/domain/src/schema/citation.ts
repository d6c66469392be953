import { z } from 'zod';
import { PublishedSchema } from './source.js';
import { WebAddressSchema } from './web-address.js';

/**
 * A page quoted for a fact about a measure rather than a figure (when an offence came into force, why two measures
 * are counted differently): its address, title, publisher and date as the page shows them, and the words copied
 * from it.
 */
export const CitationSchema = z.object({
	/** The page's address. */
	url: WebAddressSchema.describe("The page's address."),
	/** The page's title as it shows it. */
	title: z.string().min(1).describe("The page's title as it shows it."),
	/** Who published the page. */
	publisher: z.string().min(1).describe('Who published the page.'),
	/** The publication date: "YYYY-MM-DD", "YYYY-MM", "YYYY", or "not-shown" when the page shows none. */
	published: PublishedSchema.describe(
		'The publication date: "YYYY-MM-DD", "YYYY-MM", "YYYY", or "not-shown" when the page shows none.',
	),
	/** How the date was established, or why there is none. */
	publishedNote: z.string().min(1).optional().describe('How the date was established, or why there is none.'),
	/** The words the fact rests on, copied word for word from the page. */
	quote: z.string().min(1).max(1_000).describe('The words the fact rests on, copied word for word from the page.'),
});

export type Citation = z.infer<typeof CitationSchema>;
