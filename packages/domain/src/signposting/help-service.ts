// Plain types and constants (no schema library), so code that only needs the help lines does not load zod at run
// time; `help-service-schema.ts` holds the zod schema the records are validated against, and a type test keeps the
// two the same.

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

/** One way to reach a service. */
export interface ContactChannel {
	readonly kind: ChannelKind;
	/** What to dial, text, write to or open: "0800 1111", "84001", "help@nspcc.org.uk", "https://www.childline.org.uk". */
	readonly value: string;
	/** When it is open, as most recently published on a quoted page. */
	readonly hours?: string;
	/** When those hours were checked against that page, "YYYY-MM-DD": hours change, so they never travel without it. */
	readonly hoursChecked?: string;
}

/**
 * A page a help service's details are quoted from: the exact words, the page's address and title, the date the page
 * shows (or "not-shown"), the date Signpost checked it, and what the words establish.
 */
export interface HelpServiceSource {
	/** Copied word for word from the page; holds every number or address it `gives`, digit for digit. */
	readonly quote: string;
	/** The page's address. */
	readonly url: string;
	/** The page's title as it shows it. */
	readonly title: string;
	/** Who published the page. */
	readonly publisher: string;
	/** The date the page shows: "YYYY-MM-DD", "YYYY-MM", "YYYY", or "not-shown". */
	readonly published: string;
	/** When Signpost read the stored copy of the page, "YYYY-MM-DD". */
	readonly checked: string;
	/** What the quote establishes: a channel's number or address, the hours, or who the service is for. */
	readonly gives: readonly SourceGives[];
}

/** A help service with its channels, audience, cost, hours and the quoted pages its details come from. */
export interface HelpService {
	readonly id: string;
	readonly name: string;
	/** One line: who it is for and what it does. */
	readonly summary: string;
	readonly audience: readonly Audience[];
	readonly topics: readonly HelpTopic[];
	/** The nations it serves, when not the whole UK (Meic: Wales). */
	readonly nations?: readonly HelpNation[];
	/** The main number, where the service has one. */
	readonly phone?: string;
	readonly channels: readonly ContactChannel[];
	readonly cost: string;
	/** The quoted pages: every number, address and hours string above is established by one of them. */
	readonly sources: readonly HelpServiceSource[];
	/** The main page the details were taken from (the first source's address). */
	readonly sourceUrl: string;
	/** When those details were last checked against the quoted pages, "YYYY-MM-DD". */
	readonly lastChecked: string;
}
