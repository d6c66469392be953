import { z } from 'zod';
import { isCalendarDate } from './calendar-date.js';
import { IdSchema } from './id.js';
import { WebAddressSchema } from './web-address.js';

/** A publication date: "2018-03-14", "2018-03", "2018", or "not-shown" when the page shows none. */
export const PublishedSchema = z.union([
	z.literal('not-shown'),
	z
		.string()
		.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or "not-shown"')
		.refine(isCalendarDate, 'must be a real date (no 31 February, no month 13)'),
]);

/** A page or article that figures are quoted from. */
export const SourceSchema = z.object({
	id: IdSchema,
	title: z.string().min(1),
	publisher: z.string().min(1).optional(),
	url: WebAddressSchema.optional(),
	published: PublishedSchema,
	/** How the date was established, or why there is none. */
	publishedNote: z.string().optional(),
	/** What the source reports, e.g. "NSPCC FOI release, February 2018 (figures for 2016/17)". */
	reports: z.string().min(1),
	/** The full text's file name in the project's shared sources, where held. */
	file: z.string().optional(),
});

export type Published = z.infer<typeof PublishedSchema>;
export type Source = z.infer<typeof SourceSchema>;
