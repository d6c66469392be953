/** Every audience help can be chosen for. */
export const AUDIENCES = ['child', 'adult', 'professional', 'anyone'] as const;

/** Who a help service is for. */
export type Audience = (typeof AUDIENCES)[number];

/** Every topic help can be chosen for. */
export const HELP_TOPICS = [
	'general',
	'online-grooming',
	'image-shared',
	'worried-about-own-thoughts',
	'emergency',
] as const;

/** What the person needs help with; picks the topic services shown beside the two always-on lines. */
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** One way to reach a service. */
export interface ContactChannel {
	readonly kind: 'phone' | 'email' | 'web' | 'chat' | 'form';
	/** What to dial, write to or open: "0800 1111", "help@nspcc.org.uk", "https://www.childline.org.uk". */
	readonly value: string;
	/** When it is open, as most recently published. */
	readonly hours?: string;
}

/** A help service with its channels, audience, cost, hours and the page its details come from. */
export interface HelpService {
	readonly id: string;
	readonly name: string;
	/** One line: who it is for and what it does. */
	readonly summary: string;
	readonly audience: readonly Audience[];
	readonly topics: readonly HelpTopic[];
	/** The main number, where the service has one. */
	readonly phone?: string;
	readonly channels: readonly ContactChannel[];
	readonly cost: string;
	/** The page the details were taken from. */
	readonly sourceUrl: string;
	/** When those details were last checked against that page, "YYYY-MM-DD". */
	readonly lastChecked: string;
}
