import { z } from 'zod';
import { IdSchema } from './id.js';

/** Two or more sources giving different values for the same area, period, measure and breakdown. All stay. */
export const ConflictSchema = z.object({
	id: IdSchema,
	figures: z.array(IdSchema).min(2),
	note: z.string().min(1),
});

export type Conflict = z.infer<typeof ConflictSchema>;
