import { z } from 'zod';
import { IdSchema } from './id.js';

/**
 * What kind of disagreement a conflict records: `disagreement` (sources give different values for one key),
 * `revision` (a later release restates a year an earlier release gave, with another value: shown beside the earlier
 * value). A conflict joins figures of one area, period, measure and breakdown only: parts that do not add up to a
 * total are not a conflict (each figure's notes say so).
 */
export const ConflictKindSchema = z.enum(['disagreement', 'revision']);

/** Two or more sources giving different values for the same area, period, measure and breakdown. All stay. */
export const ConflictSchema = z.object({
	/** The conflict's id, usually the key the figures share ("derbyshire-2015-16-total"). */
	id: IdSchema.describe('The conflict\'s id, usually the key the figures share ("derbyshire-2015-16-total").'),
	/** "disagreement" (the default) or "revision" (a later release restates the year). */
	kind: ConflictKindSchema.default('disagreement').describe(
		'"disagreement" (the default) or "revision" (a later release restates the year).',
	),
	/** The ids of the figures that disagree; all of them stay in the dataset and in answers. */
	figures: z
		.array(IdSchema)
		.min(2)
		.describe('The ids of the figures that disagree; all of them stay in the dataset and in answers.'),
	/** What the sources say and why they differ, where known. */
	note: z.string().min(1).describe('What the sources say and why they differ, where known.'),
});

export type ConflictKind = z.infer<typeof ConflictKindSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
