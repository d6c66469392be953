import { z } from 'zod';

/**
 * What kind of publisher a source is: `charity` (a charity's own page, e.g. the NSPCC's), `police` (a police force's
 * own page or published FOI answer), `government` (a government's or parliament's page), `newsroom` (a newspaper or
 * news site with its own reporters), `broadcaster` (a television or radio station's news), `republisher` (a site that
 * republishes other outlets' stories or press releases, in whole or lightly reworded), or `other` (a company's,
 * school's or organisation's page writing about the figures, e.g. a law firm's blog).
 *
 * @example
 * ```ts
 * PublisherKindSchema.parse('republisher'); // "republisher"
 * ```
 */
export const PublisherKindSchema = z.enum([
	'charity',
	'police',
	'government',
	'newsroom',
	'broadcaster',
	'republisher',
	'other',
]);

export type PublisherKind = z.infer<typeof PublisherKindSchema>;
