import { z } from 'zod';
import { IdSchema } from './id.js';

/**
 * What kind of disagreement a conflict records: `disagreement` (sources give different values for one key),
 * `revision` (a later release restates a year an earlier release gave, with another value: shown beside the earlier
 * value) or `sum` (a table's parts do not add up to the total it gives).
 */
export const ConflictKindSchema = z.enum(['disagreement', 'revision', 'sum']);

/** Two or more sources giving different values for the same area, period, measure and breakdown. All stay. */
export const ConflictSchema = z.object({
	id: IdSchema,
	kind: ConflictKindSchema.default('disagreement'),
	figures: z.array(IdSchema).min(2),
	note: z.string().min(1),
});

export type ConflictKind = z.infer<typeof ConflictKindSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
