// Constants and types without loading a schema library at run time, so code that only needs the help lines does not
// load zod: the types are inferred from the schemas in `help-service-schema.ts` (a type-only import), the one place
// each field is described.
import type * as z from 'zod';
import type { ContactChannelSchema, HelpServiceSchema, HelpServiceSourceSchema } from './help-service-schema.js';

/** Every audience help can be chosen for. */
export const AUDIENCES = ['child', 'adult', 'professional', 'anyone'] as const;

/** Who a help service is for. */
export type Audience = (typeof AUDIENCES)[number];

/**
 * Every topic help can be chosen for. `general` and `emergency` add nothing beside the three always-on lines;
 * the others each add the services that fit (see `selectHelp`).
 */
export const HELP_TOPICS = [
	'general',
	'online-grooming',
	'image-shared',
	'worried-about-own-thoughts',
	'emergency',
	'suicide-or-self-harm',
	'adult-survivor',
] as const;

/** What the person needs help with; picks the topic services shown beside the three always-on lines. */
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** The UK nations a help service can be for (the same words as the dataset's `NATIONS`). */
export const HELP_NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

/** A UK nation, for help that only one nation has (Meic in Wales). */
export type HelpNation = (typeof HELP_NATIONS)[number];

/** Every way a service can be reached. `text` is an SMS number. */
export const CHANNEL_KINDS = ['phone', 'text', 'email', 'web', 'chat', 'form'] as const;

/** How a channel is reached. */
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** What a quoted page establishes about a service: a channel's number or address, its hours, or who it is for. */
export const SOURCE_GIVES = ['phone', 'text', 'email', 'web', 'chat', 'form', 'hours', 'audience'] as const;

/** One thing a quoted page establishes. */
export type SourceGives = (typeof SOURCE_GIVES)[number];

/** One way to reach a service: its kind, what to dial or open, and its hours with the date they were checked. */
export type ContactChannel = z.infer<typeof ContactChannelSchema>;

/**
 * A page a help service's details are quoted from: the exact words, the page's address and title, the date the page
 * shows (or "not-shown"), the date Signpost checked it, and what the words establish.
 */
export type HelpServiceSource = z.infer<typeof HelpServiceSourceSchema>;

/** A help service with its channels, audience, cost, hours and the quoted pages its details come from. */
export type HelpService = z.infer<typeof HelpServiceSchema>;
