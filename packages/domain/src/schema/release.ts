import { z } from 'zod';
import { IdSchema } from './id.js';
import { YearIdSchema } from './period-id.js';

/**
 * Who put the figures out: the NSPCC (its Freedom of Information requests, reports and analyses), a police force's own
 * release (PSNI, Police Scotland), or a force's answer to a Freedom of Information request it published itself (a
 * disclosure log) whose requester is not named.
 */
export const ReleaseOriginSchema = z.enum(['nspcc', 'police', 'police-foi']);

/** How many police forces answered a release's requests, where a source says. */
export const ForcesAnsweredSchema = z.object({
	/** How many forces answered. */
	count: z.number().int().positive().describe('How many forces answered.'),
	/** Out of how many forces asked, where the source says ("44 out of 45"). */
	of: z
		.number()
		.int()
		.positive()
		.optional()
		.describe('Out of how many forces asked, where the source says ("44 out of 45").'),
	/** The source's words or what they cover ("41 UK police forces"; "Greater Manchester Police gave no figures"). */
	note: z
		.string()
		.min(1)
		.describe(
			'The source\'s words or what they cover ("41 UK police forces"; "Greater Manchester Police gave no figures").',
		),
});

/**
 * One release of figures (an NSPCC FOI release, a report, a police force's own release) that sources report. Sources
 * point at it with their `release` field, so two articles reporting the same release can compare their years, and a
 * later release that restates a year is known to be a revision.
 */
export const ReleaseSchema = z.object({
	/** The release's id, e.g. "nspcc-2020-08"; sources name it in `release`. */
	id: IdSchema.describe('The release\'s id, e.g. "nspcc-2020-08"; sources name it in `release`.'),
	/** e.g. "NSPCC FOI release, August 2020". */
	name: z.string().min(1).max(120).describe('e.g. "NSPCC FOI release, August 2020".'),
	/** "nspcc", "police" (a force's own release) or "police-foi" (a force's published answer to an FOI request). */
	origin: ReleaseOriginSchema.describe(
		'"nspcc", "police" (a force\'s own release) or "police-foi" (a force\'s published answer to an FOI request).',
	),
	/** e.g. "NSPCC", "NSPCC Cymru", "Police Service of Northern Ireland". */
	publishedBy: z
		.string()
		.min(1)
		.max(100)
		.describe('e.g. "NSPCC", "NSPCC Cymru", "Police Service of Northern Ireland".'),
	/** "YYYY-MM", or "YYYY" when only the year is known; missing when no source dates it. */
	month: z
		.string()
		.regex(/^\d{4}(?:-\d{2})?$/, 'must be YYYY-MM or YYYY')
		.optional()
		.describe('"YYYY-MM", or "YYYY" when only the year is known; missing when no source dates it.'),
	/** The financial years the release's figures cover, as its stored reports state them, oldest first. */
	years: z
		.array(YearIdSchema)
		.min(1)
		.describe("The financial years the release's figures cover, as its stored reports state them, oldest first."),
	/** The measures its figures count. */
	measures: z.array(IdSchema).min(1).describe('The measures its figures count.'),
	/** How many police forces answered the release's requests, where a source says. */
	forcesAnswered: ForcesAnsweredSchema.optional().describe(
		"How many police forces answered the release's requests, where a source says.",
	),
	/** Notes on the release, shown on the sources page. */
	notes: z.array(z.string().min(1)).default([]).describe('Notes on the release, shown on the sources page.'),
});

export type ReleaseOrigin = z.infer<typeof ReleaseOriginSchema>;
export type ForcesAnswered = z.infer<typeof ForcesAnsweredSchema>;
export type Release = z.infer<typeof ReleaseSchema>;
