import { z } from 'zod';

/** A stable kebab-case identifier, as used for areas, measures, figures and sources. */
export const IdSchema = z
	.string()
	.min(1)
	.max(120)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');
