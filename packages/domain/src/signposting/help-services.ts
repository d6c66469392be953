import type { HelpService } from './help-service.js';

// Every help line Signpost shows is defined here and nowhere else. Each number, text number, address and hours
// string is quoted word for word from a stored copy of the service's own page or a reliable page (`sources`), read on
// the `checked` date; tests check every number digit by digit against its quote. A number no page gives does not
// ship: NAPAC's support line is reached through its website, and Papyrus's text number is left out (the only page
// giving one is older than its current hours).

/** The day the stored pages below were read. */
const CHECKED = '2026-12-04';

/** Childline's number. */
export const CHILDLINE_PHONE = '0800 1111';
/** The NSPCC Helpline's number. */
export const NSPCC_HELPLINE_PHONE = '0808 800 5000';
/** The emergency number, when a child is in immediate danger. */
export const EMERGENCY_PHONE = '999';
/** Stop It Now's confidential helpline. */
export const STOP_IT_NOW_PHONE = '0808 1000 900';
/** Samaritans' free helpline. */
export const SAMARITANS_PHONE = '116 123';
/** Papyrus HOPELINE247's number. */
export const PAPYRUS_PHONE = '0800 068 4141';
/** Meic's free helpline, for children and young people in Wales. */
export const MEIC_PHONE = '080880 23456';
/** Meic's free text number. */
export const MEIC_TEXT = '84001';

const NSPCC_REPORT_ABUSE = 'https://safeguardingtool.nspcc.org.uk/what-you-can-do/report-abuse/';

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
	topics: ['general', 'online-grooming', 'image-shared', 'emergency', 'suicide-or-self-harm'],
	phone: CHILDLINE_PHONE,
	channels: [
		{ kind: 'phone', value: CHILDLINE_PHONE, hours: '24 hours a day', hoursChecked: CHECKED },
		{ kind: 'web', value: 'https://www.childline.org.uk' },
	],
	cost: 'Free and confidential',
	sources: [
		{
			quote:
				'Childline is the UK’s free, 24-hour service for children and young people. Run by the NSPCC, Childline gives children and young people up to the age of 19 confidential support with whatever is worrying them.',
			url: 'https://learning.nspcc.org.uk/services/childline',
			title: 'Childline',
			publisher: 'NSPCC Learning',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['hours', 'audience'],
		},
		{
			quote:
				'When a young person calls 0800 1111, they’ll speak to someone on our switchboard who’ll make sure they’d like to talk to a counsellor before putting them into the queue.',
			url: 'https://www.sunderlandecho.com/news/opinion/columnists/childline-advice-when-a-child-contacts-us-we-will-listen-and-support-them-3817957',
			title: 'CHILDLINE ADVICE: When a child contacts us we will listen and support them',
			publisher: 'Sunderland Echo (a Childline column)',
			published: '2022-08-28',
			checked: CHECKED,
			gives: ['phone'],
		},
		{
			quote:
				'If a young person decides they don’t want to talk on the phone or is worried it would be too difficult, the Childline website (www.childline.org.uk), could be the best option for them.',
			url: 'https://www.sunderlandecho.com/news/opinion/columnists/childline-advice-when-a-child-contacts-us-we-will-listen-and-support-them-3817957',
			title: 'CHILDLINE ADVICE: When a child contacts us we will listen and support them',
			publisher: 'Sunderland Echo (a Childline column)',
			published: '2022-08-28',
			checked: CHECKED,
			gives: ['web'],
		},
	],
	sourceUrl: 'https://learning.nspcc.org.uk/services/childline',
	lastChecked: CHECKED,
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
		{
			kind: 'phone',
			value: NSPCC_HELPLINE_PHONE,
			hours: 'Monday to Friday 8am to 10pm, 9am to 6pm at weekends',
			hoursChecked: CHECKED,
		},
		{ kind: 'email', value: 'help@nspcc.org.uk', hours: 'any time', hoursChecked: CHECKED },
		{ kind: 'form', value: NSPCC_REPORT_ABUSE, hours: 'any time', hoursChecked: CHECKED },
	],
	cost: 'Free',
	sources: [
		{
			quote: 'Calls to 0808 800 5000 are free from landlines and most mobiles.',
			url: NSPCC_REPORT_ABUSE,
			title: 'Report abuse',
			publisher: 'NSPCC',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['phone'],
		},
		{
			quote:
				'If you have any concerns or suspicions, contact us 24 hours a day, 365 days a year by email or our online reporting form. You can also call the Helpline Monday to Friday 8am – 10pm or 9am – 6pm at the weekends.',
			url: NSPCC_REPORT_ABUSE,
			title: 'Report abuse',
			publisher: 'NSPCC',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['hours', 'form'],
		},
		{
			quote: "Don't wait until you're certain if you are worried about a child.",
			url: NSPCC_REPORT_ABUSE,
			title: 'Report abuse',
			publisher: 'NSPCC',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['audience'],
		},
		{
			quote:
				"If you still can't find the answer you're after, please contact us by emailing help@nspcc.org.uk or by calling 0808 800 5000.",
			url: 'http://www.nspcc.org.uk/help-and-advice/enquiries/frequently-asked-questions_wda83770.html',
			title: 'Frequently asked questions',
			publisher: 'NSPCC',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['email', 'phone'],
		},
	],
	sourceUrl: NSPCC_REPORT_ABUSE,
	lastChecked: CHECKED,
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
	channels: [{ kind: 'phone', value: EMERGENCY_PHONE }],
	cost: 'Free',
	sources: [
		{
			quote: "Don't delay – call the police on 999, or call us on 0808 800 5000, straight away.",
			url: NSPCC_REPORT_ABUSE,
			title: 'Report abuse',
			publisher: 'NSPCC',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['phone', 'audience'],
		},
	],
	sourceUrl: NSPCC_REPORT_ABUSE,
	lastChecked: CHECKED,
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
	sources: [
		{
			quote:
				'You can report concerns about grooming and sexual abuse directly to CEOP. Remember, you know your child better than anyone. If you feel something isn’t right, get in touch.',
			url: 'https://www.ceopeducation.co.uk/parents/get-help/reporting-an-incident/',
			title: 'Reporting to CEOP',
			publisher: 'CEOP Education (National Crime Agency)',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['form', 'audience'],
		},
	],
	sourceUrl: 'https://www.ceopeducation.co.uk/parents/get-help/reporting-an-incident/',
	lastChecked: CHECKED,
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
	sources: [
		{
			quote:
				"If you know a young person who has had a sexual image or video of themselves shared online, and they’re under 18, talk to them about Childline and the Internet Watch Foundation's Report Remove tool. It allows young people to discreetly report a nude image or video shared online, to see if it’s possible to get it taken down.",
			url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove',
			title: 'Report Remove',
			publisher: 'Internet Watch Foundation',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['web', 'audience'],
		},
		{
			quote:
				'Report Remove is accessed from the Childline website and helps young people under the age of 18 regain that control of their image.',
			url: 'https://crimestoppers-uk.org/fearless/news/2024/report-remove',
			title: 'What is Report Remove?',
			publisher: 'Crimestoppers (Fearless), by Childline’s Online Service Manager',
			published: '2024',
			checked: CHECKED,
			gives: ['audience'],
		},
	],
	sourceUrl: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove',
	lastChecked: CHECKED,
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
		'Confidential, anonymous help for adults worried about their own sexual thoughts or another adult’s behaviour, in English or Welsh.',
	audience: ['adult'],
	topics: ['worried-about-own-thoughts'],
	phone: STOP_IT_NOW_PHONE,
	channels: [
		{ kind: 'phone', value: STOP_IT_NOW_PHONE },
		{ kind: 'web', value: 'https://www.stopitnow.org.uk/helpline/' },
	],
	cost: 'Free and confidential',
	sources: [
		{
			quote:
				'You can call the helpline for free from the UK, in English or Welsh, on 0808 1000 900. Or you can use our live chat or send us a secure email.',
			url: 'https://www.stopitnow.org.uk/helpline/',
			title: 'The Stop It Now helpline',
			publisher: 'Stop It Now (Lucy Faithfull Foundation)',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['phone', 'web'],
		},
		{
			quote:
				'Our experienced advisors don’t judge and can support anyone struggling with their own or a loved one’s sexual thoughts, feelings and behaviours towards children.',
			url: 'https://www.stopitnow.org.uk/helpline/',
			title: 'The Stop It Now helpline',
			publisher: 'Stop It Now (Lucy Faithfull Foundation)',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['audience'],
		},
	],
	sourceUrl: 'https://www.stopitnow.org.uk/helpline/',
	lastChecked: CHECKED,
} as const satisfies HelpService;

/**
 * Samaritans: for anyone struggling to cope, including with thoughts of suicide; free, any time.
 *
 * @example
 * ```ts
 * SAMARITANS.phone; // "116 123"
 * ```
 */
export const SAMARITANS = {
	id: 'samaritans',
	name: 'Samaritans',
	summary: 'Someone to talk to for anyone struggling to cope, including with thoughts of suicide.',
	audience: ['anyone'],
	topics: ['suicide-or-self-harm'],
	phone: SAMARITANS_PHONE,
	channels: [
		{ kind: 'phone', value: SAMARITANS_PHONE, hours: '24 hours a day, every day of the year', hoursChecked: CHECKED },
		{ kind: 'web', value: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/' },
	],
	cost: 'Free, from landlines and mobiles',
	sources: [
		{
			quote:
				'If you are struggling to cope, at Christmas or at any other time, our volunteers are available 24 hours a day, every day of the year to talk to you. You can ring us free on 116 123.',
			url: 'https://samaritans.org/branches/coventry/coventry-branch-news/coventry-samaritans-will-be-open-usual-over-christmas',
			title: 'Coventry Samaritans will be open as usual over Christmas',
			publisher: 'Samaritans',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['phone', 'hours', 'audience'],
		},
		{
			quote:
				'This number is free to call from both landlines and mobiles, including pay-as-you-go mobiles. You do not need to have any credit or call allowance on your plan to call 116 123.',
			url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
			title: 'Contact a Samaritan',
			publisher: 'Samaritans',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['phone', 'web'],
		},
	],
	sourceUrl: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
	lastChecked: CHECKED,
} as const satisfies HelpService;

/**
 * Papyrus HOPELINE247: for young people up to 35 with thoughts of suicide, and anyone worried about one.
 *
 * @example
 * ```ts
 * PAPYRUS.phone; // "0800 068 4141"
 * ```
 */
export const PAPYRUS = {
	id: 'papyrus',
	name: 'Papyrus HOPELINE247',
	summary:
		'Suicide prevention advice for young people up to 35 having thoughts of suicide, and anyone worried about one.',
	audience: ['child', 'adult', 'professional'],
	topics: ['suicide-or-self-harm'],
	phone: PAPYRUS_PHONE,
	channels: [
		{ kind: 'phone', value: PAPYRUS_PHONE, hours: '24 hours a day', hoursChecked: CHECKED },
		{ kind: 'web', value: 'https://www.papyrus-uk.org/hopelineuk-faqs/' },
	],
	cost: 'Free',
	sources: [
		{
			quote:
				'You can call our service on 0800 068 4141 for support, you can also text or e-mail to get support and you can find those details on the PAPYRUS website.',
			url: 'https://www.papyrus-uk.org/hopelineuk-faqs/',
			title: 'HOPELINEUK FAQs',
			publisher: 'PAPYRUS Prevention of Young Suicide',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['phone', 'web'],
		},
		{
			quote:
				'HOPELineUK advisors provide short term support, practical advice and information for young people up to the age of 35 who may be having suicidal thoughts, or for anyone concerned about a young person who may be experiencing thoughts of suicide.',
			url: 'https://papyrus-uk.org/help-advice/about-hopelineuk/remit-of-service-policy',
			title: 'Remit of Service Policy',
			publisher: 'PAPYRUS Prevention of Young Suicide',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['audience'],
		},
		{
			quote:
				'Since its HOPELINE247 service went round-the-clock in the summer of 2023, the charity has seen an 86% increase in the number of contacts received via text and emails.',
			url: 'https://www.nationalworld.com/your-world/papyrus-emergency-appeal-launched-by-charity-to-save-young-lives-from-suicide-4980322',
			title: 'Papyrus emergency appeal launched by charity to save young lives from suicide',
			publisher: 'NationalWorld',
			published: '2025-02-07',
			checked: CHECKED,
			gives: ['hours'],
		},
	],
	sourceUrl: 'https://www.papyrus-uk.org/hopelineuk-faqs/',
	lastChecked: CHECKED,
} as const satisfies HelpService;

/**
 * Meic: the free, confidential helpline for children and young people up to 25 in Wales. Added when the asker is in
 * Wales (a Welsh area, a Welsh command or Welsh words).
 *
 * @example
 * ```ts
 * MEIC.channels.map((c) => c.value); // ["080880 23456", "84001", "https://www.meic.cymru"]
 * ```
 */
export const MEIC = {
	id: 'meic',
	name: 'Meic',
	summary: 'Free, confidential help for children and young people up to 25 in Wales, in Welsh or English.',
	audience: ['child'],
	topics: [],
	nations: ['wales'],
	phone: MEIC_PHONE,
	channels: [
		{ kind: 'phone', value: MEIC_PHONE, hours: '8am to midnight, every day', hoursChecked: CHECKED },
		{ kind: 'text', value: MEIC_TEXT, hours: '8am to midnight, every day', hoursChecked: CHECKED },
		{ kind: 'web', value: 'https://www.meic.cymru' },
	],
	cost: 'Free and confidential',
	sources: [
		{
			quote:
				'Meic can be contacted on the phone (080880 23456), by text message (84001) or through online chat (www.meic.cymru)',
			url: 'https://eryica.org/news/meic',
			title: 'Meic - Supporting the Wellbeing of Children and Young People During The Coronavirus Crisis',
			publisher: 'ERYICA',
			published: '2020',
			checked: CHECKED,
			gives: ['phone', 'text', 'web'],
		},
		{
			quote: "Meic is a helpline for under 25's in Wales, supporting children and young people since 2010.",
			url: 'https://eryica.org/news/meic',
			title: 'Meic - Supporting the Wellbeing of Children and Young People During The Coronavirus Crisis',
			publisher: 'ERYICA',
			published: '2020',
			checked: CHECKED,
			gives: ['audience'],
		},
		{
			quote: 'The Meic helpline is open from 8.00am to midnight, 7 days a week.',
			url: 'http://www.promo.cymru/project/meic/',
			title: 'Meic',
			publisher: 'ProMo-Cymru (which runs Meic)',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['hours'],
		},
	],
	sourceUrl: 'https://eryica.org/news/meic',
	lastChecked: CHECKED,
} as const satisfies HelpService;

/**
 * NAPAC: support for adults who were abused in childhood. No stored page gives its current support line number, so
 * it is given by its website, where the number is published.
 *
 * @example
 * ```ts
 * NAPAC.channels[0].value; // "https://napac.org.uk"
 * ```
 */
export const NAPAC = {
	id: 'napac',
	name: 'NAPAC (National Association for People Abused in Childhood)',
	summary:
		'The national support line for adults who were abused in childhood: its website gives the line and how to reach it.',
	audience: ['adult'],
	topics: ['adult-survivor'],
	channels: [{ kind: 'web', value: 'https://napac.org.uk' }],
	cost: 'Free',
	sources: [
		{
			quote:
				'The National Association for People Abused in Childhood’s (NAPAC) support line, the only national support line for adult survivors of child abuse in the UK, has been overwhelmed by demand since footballers bravely spoke about the abuse they suffered in childhood.',
			url: 'https://napac.org.uk/over-10000-call-attempts-in-the-past-five-weeks-since-footballers-spoke-out/',
			title: 'Over 10,000 call attempts in the past five weeks since footballers spoke out',
			publisher: 'NAPAC',
			published: 'not-shown',
			checked: CHECKED,
			gives: ['web', 'audience'],
		},
	],
	sourceUrl: 'https://napac.org.uk/over-10000-call-attempts-in-the-past-five-weeks-since-footballers-spoke-out/',
	lastChecked: CHECKED,
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
	SAMARITANS,
	PAPYRUS,
	MEIC,
	CEOP,
	REPORT_REMOVE,
	STOP_IT_NOW,
	NAPAC,
];
