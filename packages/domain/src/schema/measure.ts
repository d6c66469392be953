import { z } from 'zod';
import { NationSchema } from './area.js';
import { BesideCaveatSchema } from './beside-caveat.js';
import { IdSchema } from './id.js';
import { MeasureInForceSchema } from './measure-in-force.js';

/**
 * What is counted, with its definition and caveats. `recorded-offences` measures count offences the police recorded
 * (the only kind a change is computed for); `outcomes` measures count police outcomes assigned to recorded offences
 * (charged, no further action, ...), which are neither offences recorded nor children; context measures are not
 * police figures at all.
 */
export const MeasureSchema = z.object({
	/** The measure's id, e.g. "child-sexual-offences"; figures name it in `measure`. */
	id: IdSchema.describe('The measure\'s id, e.g. "child-sexual-offences"; figures name it in `measure`.'),
	/** The measure's full name, used in answers. */
	name: z.string().min(1).max(100).describe("The measure's full name, used in answers."),
	/** A short name for headings and lists. */
	shortName: z.string().min(1).max(60).describe('A short name for headings and lists.'),
	/** "recorded-offences" (the only kind a change is computed for), "outcomes" (police outcomes assigned to recorded offences) or "context" (not a police figure). */
	kind: z
		.enum(['recorded-offences', 'outcomes', 'context'])
		.describe(
			'"recorded-offences" (the only kind a change is computed for), "outcomes" (police outcomes assigned to recorded offences) or "context" (not a police figure).',
		),
	/** What is counted, in one or two plain sentences. */
	definition: z.string().min(1).describe('What is counted, in one or two plain sentences.'),
	/**
	 * When the measure's offence came into force, by nation, where that was during the dataset's range (Sexual
	 * Communication with a Child: 3 April 2017 in England and Wales), with the pages that say so. Nations not listed
	 * have no date check.
	 */
	inForce: z
		.array(MeasureInForceSchema)
		.default([])
		.describe(
			"When the measure's offence came into force, by nation, where that was during the dataset's range (Sexual Communication with a Child: 3 April 2017 in England and Wales), with the pages that say so. Nations not listed have no date check.",
		),
	/** Caveats said with every answer about the measure. */
	caveats: z.array(z.string().min(1)).default([]).describe('Caveats said with every answer about the measure.'),
	/** The words people use for it ("grooming", "SCWC", "online", "charged"), accepted wherever a measure is named. */
	aliases: z
		.array(z.string().min(1).max(60))
		.default([])
		.describe(
			'The words people use for it ("grooming", "SCWC", "online", "charged"), accepted wherever a measure is named.',
		),
	/**
	 * The measure this one stands in for where that one is not recorded: Police Scotland's Communicating Indecently
	 * with a Child for Sexual Communication with a Child. A different offence, never added to or compared with it; an
	 * answer asking for one where only the other is held says so.
	 */
	equivalentOf: IdSchema.optional().describe(
		"The measure this one stands in for where that one is not recorded: Police Scotland's Communicating Indecently with a Child for Sexual Communication with a Child. A different offence, never added to or compared with it; an answer asking for one where only the other is held says so.",
	),
	/** Caveats that apply only to figures for areas in the given nations (a Scotland caveat is not said of Kent). */
	nationCaveats: z
		.array(
			z.object({
				/** The nations whose areas the caveat is said of. */
				nations: z.array(NationSchema).min(1).describe('The nations whose areas the caveat is said of.'),
				/** The caveat, one plain sentence. */
				text: z.string().min(1).describe('The caveat, one plain sentence.'),
			}),
		)
		.default([])
		.describe(
			'Caveats that apply only to figures for areas in the given nations (a Scotland caveat is not said of Kent).',
		),
	/**
	 * Caveats said wherever this measure is shown beside another in one answer: a force's Sexual Communication with a
	 * Child count above its online-element count, because the two are counted differently.
	 */
	besideCaveats: z
		.array(BesideCaveatSchema)
		.default([])
		.describe(
			"Caveats said wherever this measure is shown beside another in one answer: a force's Sexual Communication with a Child count above its online-element count, because the two are counted differently.",
		),
});

export type Measure = z.infer<typeof MeasureSchema>;
