import { z } from 'zod';
import { NationSchema } from './area.js';
import { isCalendarDate } from './calendar-date.js';
import { CitationSchema } from './citation.js';

/**
 * When a measure's offence came into force in some nations, by the law that created it there, with the pages that
 * say so. A figure for those nations for a year before it is a dataset validation error unless the figure carries an
 * `inForceNote` saying why.
 */
export const MeasureInForceSchema = z.object({
	/** The nations this date applies to. */
	nations: z.array(NationSchema).min(1).describe('The nations this date applies to.'),
	/** The day ("2017-04-03") or, where the pages give no day, the month ("2017-02") the offence came into force. */
	from: z
		.string()
		.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM')
		.refine(isCalendarDate, 'must be a real date')
		.describe(
			'The day ("2017-04-03") or, where the pages give no day, the month ("2017-02") the offence came into force.',
		),
	/** The law that created the offence there ("Serious Crime Act 2015, section 67"). */
	law: z.string().min(1).describe('The law that created the offence there ("Serious Crime Act 2015, section 67").'),
	/** The pages that give the date, each with the words that give it. */
	sources: z.array(CitationSchema).min(1).describe('The pages that give the date, each with the words that give it.'),
	/** What the pages leave unsettled (another page giving another date), where anything is. */
	note: z
		.string()
		.min(1)
		.optional()
		.describe('What the pages leave unsettled (another page giving another date), where anything is.'),
});

export type MeasureInForce = z.infer<typeof MeasureInForceSchema>;
