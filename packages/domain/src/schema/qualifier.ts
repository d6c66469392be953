import { z } from 'zod';

/** How a source qualified a number: "more than 34,000", "almost half", "nearly 60,000". */
export const QualifierSchema = z.enum(['exact', 'more-than', 'over', 'at-least', 'almost', 'nearly', 'about']);

export type Qualifier = z.infer<typeof QualifierSchema>;
