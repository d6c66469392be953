import { z } from 'zod';
import { isCalendarDate } from './calendar-date.js';
import { IdSchema } from './id.js';
import { PublisherKindSchema } from './publisher-kind.js';
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
	/** The source's id: publisher, year and subject, e.g. "belper-news-2018-derbyshire". */
	id: IdSchema.describe('The source\'s id: publisher, year and subject, e.g. "belper-news-2018-derbyshire".'),
	/** The page's title as it shows it. */
	title: z.string().min(1).describe("The page's title as it shows it."),
	/** Who published the page, e.g. "Belper News". */
	publisher: z.string().min(1).optional().describe('Who published the page, e.g. "Belper News".'),
	/** What kind of publisher it is: charity, police, government (the figures' publisher itself or an official page), newsroom, broadcaster, republisher (a site that republishes others' stories), or other. */
	publisherKind: PublisherKindSchema.describe(
		"What kind of publisher it is: charity, police, government (the figures' publisher itself or an official page), newsroom, broadcaster, republisher (a site that republishes others' stories), or other.",
	),
	/** The page's address. */
	url: WebAddressSchema.optional().describe("The page's address."),
	/** The publication date: "YYYY-MM-DD", "YYYY-MM", "YYYY", or "not-shown" when the page shows none. */
	published: PublishedSchema.describe(
		'The publication date: "YYYY-MM-DD", "YYYY-MM", "YYYY", or "not-shown" when the page shows none.',
	),
	/** How the date was established, or why there is none. */
	publishedNote: z.string().optional().describe('How the date was established, or why there is none.'),
	/** Why the page's title misleads, where it does (a page headed "South Yorkshire" whose body gives West Yorkshire's figure): the title is kept as the page shows it. */
	titleNote: z
		.string()
		.min(1)
		.optional()
		.describe(
			'Why the page\'s title misleads, where it does (a page headed "South Yorkshire" whose body gives West Yorkshire\'s figure): the title is kept as the page shows it.',
		),
	/** What the source reports, e.g. "NSPCC FOI release, February 2018 (figures for 2016/17)". */
	reports: z
		.string()
		.min(1)
		.describe('What the source reports, e.g. "NSPCC FOI release, February 2018 (figures for 2016/17)".'),
	/** The id of the release (in the dataset's `releases`) whose figures the source reports. */
	release: IdSchema.optional().describe(
		"The id of the release (in the dataset's `releases`) whose figures the source reports.",
	),
	/** The full text's file name in the project's shared sources, where held. */
	file: z.string().optional().describe("The full text's file name in the project's shared sources, where held."),
});

export type Published = z.infer<typeof PublishedSchema>;
export type Source = z.infer<typeof SourceSchema>;
