import type { HelpService } from './help-service.js';

// Every help line Signpost shows is defined here and nowhere else. Tests check these numbers digit by digit.
// Details are as most recently published on `sourceUrl`, checked on `lastChecked`.

/** Childline's number. */
export const CHILDLINE_PHONE = '0800 1111';
/** The NSPCC Helpline's number. */
export const NSPCC_HELPLINE_PHONE = '0808 800 5000';
/** The emergency number, when a child is in immediate danger. */
export const EMERGENCY_PHONE = '999';
/** Stop It Now's confidential helpline. */
export const STOP_IT_NOW_PHONE = '0808 1000 900';

/**
 * Childline: for children and young people up to 19. Always shown.
 *
 * @example
 * ```ts
 * CHILDLINE.phone; // "0800 1111"
 * ```
 */
export const CHILDLINE = {
	id: 'childline',
	name: 'Childline',
	summary: 'Free, confidential support for children and young people up to 19, about anything.',
	audience: ['child'],
	topics: ['general', 'online-grooming', 'image-shared', 'emergency'],
	phone: CHILDLINE_PHONE,
	channels: [
		{ kind: 'phone', value: CHILDLINE_PHONE, hours: '24 hours a day' },
		{ kind: 'web', value: 'https://www.childline.org.uk', hours: '1-2-1 chat online and email' },
	],
	cost: 'Free and confidential',
	sourceUrl: 'https://learning.nspcc.org.uk/services/childline',
	lastChecked: '2026-11-22',
} as const satisfies HelpService;

/**
 * The NSPCC Helpline: for adults worried about a child. Always shown.
 *
 * @example
 * ```ts
 * NSPCC_HELPLINE.phone; // "0808 800 5000"
 * ```
 */
export const NSPCC_HELPLINE = {
	id: 'nspcc-helpline',
	name: 'NSPCC Helpline',
	summary: 'Advice and support for adults worried about a child, including to report a concern.',
	audience: ['adult', 'professional'],
	topics: ['general', 'online-grooming', 'image-shared', 'emergency'],
	phone: NSPCC_HELPLINE_PHONE,
	channels: [
		{ kind: 'phone', value: NSPCC_HELPLINE_PHONE, hours: 'Monday to Friday 8am to 10pm, 9am to 6pm at weekends' },
		{ kind: 'email', value: 'help@nspcc.org.uk', hours: 'any time' },
		{ kind: 'form', value: 'https://safeguardingtool.nspcc.org.uk/what-you-can-do/report-abuse/', hours: 'any time' },
	],
	cost: 'Free',
	sourceUrl: 'https://safeguardingtool.nspcc.org.uk/what-you-can-do/report-abuse/',
	lastChecked: '2026-11-22',
} as const satisfies HelpService;

/**
 * 999: when a child is in immediate danger. Always shown.
 *
 * @example
 * ```ts
 * EMERGENCY.phone; // "999"
 * ```
 */
export const EMERGENCY = {
	id: 'emergency',
	name: 'Police emergency',
	summary: 'If a child is in immediate danger, call 999.',
	audience: ['anyone'],
	topics: ['general', 'emergency', 'online-grooming', 'image-shared', 'worried-about-own-thoughts'],
	phone: EMERGENCY_PHONE,
	channels: [{ kind: 'phone', value: EMERGENCY_PHONE, hours: '24 hours a day' }],
	cost: 'Free',
	sourceUrl: 'https://safeguardingtool.nspcc.org.uk/what-you-can-do/report-abuse/',
	lastChecked: '2026-11-22',
} as const satisfies HelpService;

/**
 * CEOP: report online grooming or sexual abuse to the National Crime Agency's child protection command.
 *
 * @example
 * ```ts
 * CEOP.sourceUrl; // "https://www.ceopeducation.co.uk/parents/get-help/reporting-an-incident/"
 * ```
 */
export const CEOP = {
	id: 'ceop',
	name: 'CEOP Safety Centre',
	summary: 'Report online grooming or online sexual abuse to the National Crime Agency’s CEOP command.',
	audience: ['child', 'adult', 'professional'],
	topics: ['online-grooming'],
	channels: [{ kind: 'form', value: 'https://www.ceopeducation.co.uk/parents/get-help/reporting-an-incident/' }],
	cost: 'Free',
	sourceUrl: 'https://www.ceopeducation.co.uk/parents/get-help/reporting-an-incident/',
	lastChecked: '2026-11-22',
} as const satisfies HelpService;

/**
 * Report Remove: Childline and the Internet Watch Foundation help a young person under 18 get a nude image of
 * themselves removed from the internet.
 *
 * @example
 * ```ts
 * REPORT_REMOVE.audience; // ["child"]
 * ```
 */
export const REPORT_REMOVE = {
	id: 'report-remove',
	name: 'Report Remove (Childline and the IWF)',
	summary: 'For under-18s: get a nude image or video of yourself that was shared online removed.',
	audience: ['child'],
	topics: ['image-shared'],
	channels: [{ kind: 'web', value: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove' }],
	cost: 'Free',
	sourceUrl: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove',
	lastChecked: '2026-11-22',
} as const satisfies HelpService;

/**
 * Stop It Now: confidential help for adults worried about their own thoughts or someone else's behaviour.
 *
 * @example
 * ```ts
 * STOP_IT_NOW.phone; // "0808 1000 900"
 * ```
 */
export const STOP_IT_NOW = {
	id: 'stop-it-now',
	name: 'Stop It Now',
	summary:
		'Confidential, anonymous help for adults worried about their own sexual thoughts or another adult’s behaviour.',
	audience: ['adult'],
	topics: ['worried-about-own-thoughts'],
	phone: STOP_IT_NOW_PHONE,
	channels: [
		{ kind: 'phone', value: STOP_IT_NOW_PHONE },
		{ kind: 'web', value: 'https://www.stopitnow.org.uk/helpline/' },
	],
	cost: 'Free and confidential',
	sourceUrl: 'https://www.stopitnow.org.uk/helpline/',
	lastChecked: '2026-11-22',
} as const satisfies HelpService;

/**
 * Every help service Signpost knows, in the order they are shown.
 *
 * @example
 * ```ts
 * HELP_SERVICES.map((s) => s.name);
 * ```
 */
export const HELP_SERVICES: readonly HelpService[] = [
	CHILDLINE,
	NSPCC_HELPLINE,
	EMERGENCY,
	CEOP,
	REPORT_REMOVE,
	STOP_IT_NOW,
];
