/**
 * What a person typing to Signpost may be telling it, in the order a help-first reply answers them: danger first,
 * then suicide or self-harm, then what is happening to them, then the other askers.
 *
 * @example
 * ```ts
 * PERSON_CONCERNS[0]; // "danger"
 * ```
 */
export const PERSON_CONCERNS = [
	'danger',
	'suicide-or-self-harm',
	'disclosure',
	'online',
	'distress',
	'worried-about-a-child',
	'adult-survivor',
	'own-thoughts',
] as const;

/**
 * One thing a person may be telling Signpost: a `disclosure` (abuse, touching, rape, being made to send images,
 * threats), `danger` now (being hurt, threats to kill, afraid to go home), `suicide-or-self-harm`, `distress` ("help
 * me", "im scared"), an adult `worried-about-a-child`, an `adult-survivor` of childhood abuse, someone worried about
 * their `own-thoughts` about children, or harm `online` (images, messages, grooming).
 */
export type PersonConcern = (typeof PERSON_CONCERNS)[number];

/** The languages a person's words are read in. */
export type PersonLanguage = 'en' | 'cy';

/**
 * How Signpost reads free text: a place or measure `query`, or a `person` speaking, with what they may be telling
 * it (in `PERSON_CONCERNS` order, each once) and the language of the words that said so.
 */
export type TextReading =
	| { readonly kind: 'query' }
	| { readonly kind: 'person'; readonly concerns: readonly PersonConcern[]; readonly language: PersonLanguage };
