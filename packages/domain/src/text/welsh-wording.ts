import type { NoChangeReason, NotFoundReason } from '../answer/answer.js';
import type { PersonConcern } from '../person/person-concern.js';
import type { HelpService } from '../signposting/help-service.js';
import type { Signposting } from '../signposting/signposting.js';

/** Why no change is computed into a year of a series, in Welsh (English `WORDING.noChangeReasons`). */
const WELSH_NO_CHANGE_REASONS = {
	'no-figure-before': 'dim ffigur ar gyfer y flwyddyn flaenorol',
	disputed: 'mae’r ffynonellau’n anghytuno am y flwyddyn hon neu’r flwyddyn flaenorol',
	'different-releases': 'daw’r ddwy flynedd o gyhoeddiadau gwahanol, ac nid oes ffynhonnell yn eu cymharu',
	'part-year': 'mae un o’r ddau ffigur yn cwmpasu rhan o’r flwyddyn yn unig',
	'different-forces': 'mae’r ddwy flynedd yn cyfrif setiau gwahanol o heddluoedd',
	'not-exact': 'nid yw un o’r ddau ffigur yn gyfrif union',
	'low-confidence': 'mae un o’r ddau ffigur yn llai sicr',
	'not-a-total': 'dim ond ar gyfer cyfansymiau troseddau a gofnodwyd gan yr heddlu y cyfrifir newidiadau',
	'zero-before': 'sero oedd y flwyddyn flaenorol, felly ni ellir cyfrifo canran',
} as const satisfies Record<NoChangeReason, string>;

/** "A a B", "A, B ac C": "ac" before a vowel. */
function welshJoin(names: readonly string[]): string {
	if (names.length < 2) return names[0] ?? '';
	const last = names.at(-1) ?? '';
	return `${names.slice(0, -1).join(', ')} ${/^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'ac' : 'a'} ${last}`;
}

/**
 * Signpost's own sentences in Welsh (`cy`): the one reviewed place for them, beside the English in `wording.ts`.
 * Renderers choose it with `locale: 'cy'`. What is Welsh: the help lines and their heading, the headings of an
 * answer, every not-found sentence, how a place or corrected spelling was read, and the bot's own short replies.
 * What stays as published: figures, quotes, sources' titles and publishers, area and measure names, and the caveats
 * (the English caveats are shown beside Welsh headings until they are translated and reviewed).
 *
 * Sources for the translated terms (each a stored Welsh page, quoted):
 * - "Llinell Gymorth yr NSPCC" (the NSPCC Helpline): BBC Cymru Fyw, https://www.bbc.com/cymrufyw/16149917:
 *   "Roedd dynes o ogledd Cymru wedi cysylltu gyda llinell gymorth yr NSPCC".
 * - "unrhyw bryd, ddydd neu nos" (Childline's hours): Senedd Cymru, 3 November 2021,
 *   https://cy.matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2021-11-03.6.385094: "Gallwch ffonio 0800 1111
 *   unrhyw bryd, ddydd neu nos."
 * - "plant a phobl ifanc" (children and young people): the same Senedd statement, "os ydych chi'n blentyn neu'n
 *   unigolyn ifanc sydd angen help, gallwch gysylltu â Childline".
 * - "perygl uniongyrchol" (immediate danger) and "ffoniwch 999": South Wales Police,
 *   https://www.south-wales.police.uk/cy-GB/cais/cais/ri/gwneud-cais-am-wybodaeth/beta-cyfraith-sarah/cyfraith-sarah-cynllun-datgelu-troseddwyr-rhyw-gyda-phlant/:
 *   "Os oes rhywun mewn perygl uniongyrchol, ffoniwch 999."
 * - "cyfrinachol" (confidential), "rhad ac am ddim" (free): Welsh Government on Meic, Golwg360,
 *   https://golwg.360.cymru/newyddion/cymru/119040-canlyniadau-cymorth-ar-gael-i-ddisgyblion: "rhywle sy’n
 *   gyfrinachol, yn ddienw ac yn rhad ac am ddim i drafod eu pryderon".
 * - "poeni am blentyn" (worried about a child): Golwg360,
 *   https://golwg.360.cymru/newyddion/cymru/2134101-drin-plant-paid-ofni-anghywir: "unrhyw un sy’n poeni am
 *   blentyn neu berson ifanc".
 * - "rhadffôn", "testun di-dâl" (freephone, free text) for Meic: Golwg360,
 *   https://golwg.360.cymru/archif/24612-agor-llinell-gymorth-newydd-i-blant-a-phobol-ifanc: "rhif rhadffôn 080880
 *   23456, testun di-dâl 84001".
 * The sentences around these terms are Signpost's own Welsh, written plainly for a child; no stored page holds them,
 * so they are marked for review by a Welsh speaker before a release (see the bot README's Welsh section).
 *
 * @example
 * ```ts
 * WELSH_WORDING.headings.help; // "Cael help"
 * ```
 */
export const WELSH_WORDING = {
	/** Why no change is computed into a year of a series (English `WORDING.noChangeReasons`). */
	noChangeReasons: WELSH_NO_CHANGE_REASONS,
	headings: {
		help: 'Cael help',
		changes: 'Newid o’r flwyddyn flaenorol',
		seriesChanges: 'Newidiadau o flwyddyn i flwyddyn',
		previousYear: 'Y flwyddyn flaenorol: dim newid wedi’i gyfrifo',
		caveats: 'Am y ffigurau hyn',
		sources: 'Ffynonellau',
		national: 'Ffigurau cenedlaethol',
		// Signpost's own Welsh, for review by a Welsh speaker (as the sentences below).
		claims: 'Beth mae’r ffynonellau’n ei ddweud, wedi’i wirio gan Signpost',
		claimsShort: 'Beth mae’r ffynonellau’n ei ddweud',
	},
	/** The NSPCC Helpline's name in Welsh (Childline keeps its name). */
	nspccHelpline: 'Llinell Gymorth yr NSPCC',
	/** The registry's hours (English, as published) in Welsh; an hours text not here is shown as published. */
	hours: {
		'24 hours a day': 'unrhyw bryd, ddydd neu nos',
		'Monday to Friday 8am to 10pm, 9am to 6pm at weekends':
			'dydd Llun i ddydd Gwener 8am i 10pm, 9am i 6pm ar benwythnosau',
		'any time': 'unrhyw bryd',
	} as Readonly<Record<string, string>>,
	/** A service's one-line summary in Welsh, by service id; a service not here shows its English summary. */
	serviceSummaries: {
		ceop: 'Rhoi gwybod i’r Asiantaeth Troseddu Genedlaethol (CEOP) am feithrin perthynas amhriodol ar-lein neu gam-drin rhywiol ar-lein.',
		'report-remove': 'I rai dan 18 oed: cael gwared ar lun neu fideo noeth ohonoch chi eich hun a rannwyd ar-lein.',
		'stop-it-now':
			'Help cyfrinachol a dienw i oedolion sy’n poeni am eu meddyliau rhywiol eu hunain neu am ymddygiad oedolyn arall.',
	} as Readonly<Record<string, string>>,
	help: {
		childline: 'plant a phobl ifanc hyd at 19 oed, am ddim ac yn gyfrinachol',
		nspcc: 'oedolion sy’n poeni am blentyn',
		emergency: (phone: string) => `os oes plentyn mewn perygl uniongyrchol, ffoniwch yr heddlu ar ${phone}`,
		or: 'neu',
		childlineShort: 'plant a phobl ifanc',
		emergencyShort: (phone: string) => `Mewn argyfwng ffoniwch ${phone}`,
	},
	/** One sentence for each reason an answer has no figure (the English ones name more; these say the reason). */
	notFound: {
		'unknown-area': 'Nid oes ardal â’r enw hwnnw.',
		'ambiguous-area': 'Mae’r enw hwnnw’n golygu mwy nag un ardal. Dewiswch un.',
		'ambiguous-year': 'Pa flwyddyn ariannol? Dewiswch un.',
		'unknown-measure': 'Nid yw’r mesur hwnnw’n un y mae Signpost yn ei gadw.',
		'invalid-year': 'Nid yw hynny’n flwyddyn ariannol y gall Signpost ei darllen. Rhowch gynnig ar "2016/17".',
		'year-outside-dataset': 'Mae’r flwyddyn honno y tu allan i’r ffigurau sydd gan Signpost.',
		'no-published-figure': 'Nid oes gan Signpost ffigur cyhoeddedig ar gyfer hynny.',
		'offence-not-in-force': 'Nid oedd y drosedd honno’n bodoli’r flwyddyn honno.',
		'invalid-query': 'Nid yw hwnnw’n gwestiwn y gall Signpost ei ateb.',
	} satisfies Record<NotFoundReason, string>,
	didYouMean: 'Oeddech chi’n golygu:',
	yearsHeld: (years: readonly string[]) => `Blynyddoedd a gedwir: ${years.join(', ')}.`,
	/**
	 * The measures an area does hold, said after the reason where it has no figure for the one asked for ("Ffigurau a
	 * gedwir ar gyfer 2019/20: Online element."); measure names stay as published.
	 */
	figuresHeld: (names: readonly string[], year?: string, otherYears?: boolean) =>
		`Ffigurau a gedwir${year ? ` ar gyfer ${year}` : otherYears ? ' ar gyfer blynyddoedd eraill' : ''}: ${names.join(', ')}.`,
	/** "Mae Caerdydd yn cael ei blismona gan South Wales Police" (names as the registry holds them). */
	policedBy: (place: string, forceName: string) => `Mae ${place} yn cael ei blismona gan ${forceName}`,
	/**
	 * A year of a series with no figure, and why no change is computed into a year (English `noFigureFor`,
	 * `changeNotComputed`): Signpost's own Welsh, for review by a Welsh speaker.
	 */
	noFigureFor: (year: string) => `Dim ffigur ar gyfer ${year}`,
	changeNotComputed: (reason: NoChangeReason) => `newid heb ei gyfrifo: ${WELSH_NO_CHANGE_REASONS[reason]}`,
	/**
	 * Several names compared that lead to one force (English `sharedForce`): "Mae Cardiff a Swansea ill dau yn cael eu
	 * plismona gan South Wales Police, felly dangosir ei ffigurau unwaith". Names as the gazetteer and registry hold
	 * them. Signpost's own Welsh, for review by a Welsh speaker (the mutation of English place names after "a" is left
	 * undone).
	 */
	sharedForce: (names: readonly string[], force: string) => {
		const places = names.filter((n) => n !== force);
		const [place] = places;
		const said =
			places.length > 1
				? `Mae ${welshJoin(places)} ${places.length === 2 ? 'ill dau' : 'i gyd'} yn cael eu plismona gan ${force}`
				: place && names.length > 1
					? `Mae ${place} yn cael ei blismona gan ${force}, a enwyd hefyd`
					: place
						? `Mae ${place}, a enwyd fwy nag unwaith, yn cael ei blismona gan ${force}`
						: `Mae’r ardaloedd a enwyd i gyd yn arwain at ${force}`;
		return `${said}, felly dangosir ei ffigurau unwaith`;
	},
	/** "Yn dangos Derbyshire Constabulary (sillafiad wedi’i gywiro)": never what was typed. */
	showingCorrected: (areaName: string, readAs?: string) =>
		`Yn dangos ${areaName}${readAs ? ` ar gyfer ${readAs}` : ''} (sillafiad wedi’i gywiro)`,
	/** The fixed words of a help-first reply, in Welsh ("ti" to a child, "chi" to an adult), beside the English ones. */
	helpFirst: {
		danger: (phone: string) => `Os wyt ti mewn perygl nawr, ffonia ${phone}.`,
		suicide:
			'Os wyt ti’n teimlo fel dod â’th fywyd i ben neu frifo dy hun, siarada â rhywun nawr. Does dim rhaid i ti fod ar dy ben dy hun gyda hyn.',
		callService: (reach: string) => `Gelli di ffonio ${reach}.`,
		childline: (phone: string, site: string) =>
			`Gelli di siarad â Childline nawr: ffonia ${phone} neu sgwrsia ar ${site}. Mae am ddim ac yn gyfrinachol, unrhyw bryd, ddydd neu nos.`,
		online:
			'Os gofynnodd rhywun ar-lein am luniau, anfon negeseuon a wnaeth dy boeni, neu rannu lluniau ohonot ti, nid dy fai di yw hynny, a gellir ei stopio.',
		notYourFault: 'Nid dy fai di yw’r hyn sy’n digwydd.',
		notYourFaultThen: 'Nid eich bai chi oedd yr hyn a ddigwyddodd i chi fel plentyn.',
		survivor: (reach: string, nspccPhone: string) =>
			`Gallwch siarad â ${reach}, neu Linell Gymorth yr NSPCC ar ${nspccPhone}.`,
		nspcc: (phone: string) => `Gallwch siarad â Llinell Gymorth yr NSPCC ar ${phone}.`,
		worriedAboutAChild: (phone: string) =>
			`Os ydych chi’n poeni am blentyn, siaradwch â Llinell Gymorth yr NSPCC ar ${phone}. Mae am ddim.`,
		ownThoughts:
			'Os ydych chi’n poeni am eich meddyliau eich hun am blant, gallwch gael help cyn i unrhyw beth ddigwydd.',
	},
	/** The short replies every surface gives (the bot's, the console's). */
	replies: {
		rateLimited: 'Rydych chi wedi gofyn llawer o gwestiynau mewn amser byr. Arhoswch funud a rhowch gynnig arall arni.',
		unknownCommand: 'Nid yw Signpost yn adnabod y gorchymyn hwnnw. Rhowch gynnig ar /gorchmynion.',
		unreadable: 'Nid oedd Signpost yn gallu darllen y cais hwnnw.',
		internalError: (id: string) =>
			`Aeth rhywbeth o’i le ar ochr Signpost. Rhowch gynnig arall arni yn nes ymlaen. Cyfeirnod: ${id}`,
		missingOption: (command: string, example: string) => `Mae angen mwy ar /${command}, er enghraifft: ${example}`,
		support:
			'Os ydych chi’n poeni am blentyn, neu os ydych chi’n berson ifanc sydd angen siarad, gall y gwasanaethau hyn helpu. Does dim rhaid i chi fod yn siŵr bod rhywbeth o’i le cyn ffonio; mae Childline a Llinell Gymorth yr NSPCC am ddim.',
		commandsTitle: 'Gorchmynion Signpost',
		forExample: 'Er enghraifft',
		helpChoice: (phone: string) => `Siarad â rhywun nawr: Childline ${phone}`,
		dangerChoice: (emergency: string, childline: string) =>
			`Mewn perygl nawr? Ffonia ${emergency}. Neu siarada â Childline ${childline}`,
		asPublished:
			'Mae’r ffigurau, y dyfyniadau, y ffynonellau a’r botymau yn Saesneg, fel y’u cyhoeddwyd. Ychwanegwch preifat:true i ateb dim ond chi.',
	},
} as const;

const CHILD_CONCERNS: readonly PersonConcern[] = ['danger', 'suicide-or-self-harm', 'disclosure', 'online', 'distress'];

/** The first topic service the help holds for a topic, if any. */
function serviceFor(help: Signposting, topic: string): HelpService | undefined {
	return help.services.slice(3).find((s) => (s.topics as readonly string[]).includes(topic));
}

/** A service's name and number (or first channel or page). */
function reach(service: HelpService): string {
	return `${service.name}: ${service.phone ?? service.channels[0]?.value ?? service.sourceUrl}`;
}

/** The Welsh sentences for a child: Childline first, free and confidential, and not their fault. */
function welshChildSentences(concerns: readonly PersonConcern[], help: Signposting): string[] {
	const w = WELSH_WORDING.helpFirst;
	const [childline] = help.services;
	const site = childline.channels[1].value.replace(/^https:\/\/(www\.)?/, '');
	const lines: string[] = [];
	const suicide = serviceFor(help, 'suicide-or-self-harm');
	if (concerns.includes('suicide-or-self-harm'))
		lines.push(w.suicide, ...(suicide ? [w.callService(reach(suicide))] : []));
	lines.push(w.childline(childline.phone, site));
	const online = serviceFor(help, 'online-grooming') ?? serviceFor(help, 'image-shared');
	if (concerns.includes('online'))
		lines.push(
			w.online,
			...(online ? [`${online.name}: ${WELSH_WORDING.serviceSummaries[online.id] ?? online.summary}`] : []),
		);
	if (concerns.some((c) => c === 'disclosure' || c === 'danger' || c === 'online')) lines.push(w.notYourFault);
	return lines;
}

/** The Welsh sentences for an adult: a survivor, worried about a child, or worried about their own thoughts. */
function welshAdultSentences(concerns: readonly PersonConcern[], help: Signposting): string[] {
	const w = WELSH_WORDING.helpFirst;
	const nspcc = help.services[1];
	const lines: string[] = [];
	const survivors = serviceFor(help, 'adult-survivor');
	if (concerns.includes('adult-survivor'))
		lines.push(w.notYourFaultThen, survivors ? w.survivor(reach(survivors), nspcc.phone) : w.nspcc(nspcc.phone));
	if (concerns.includes('worried-about-a-child')) lines.push(w.worriedAboutAChild(nspcc.phone));
	const thoughts = serviceFor(help, 'worried-about-own-thoughts');
	if (concerns.includes('own-thoughts'))
		lines.push(
			thoughts
				? `${w.ownThoughts} ${reach(thoughts)}: ${WELSH_WORDING.serviceSummaries[thoughts.id] ?? thoughts.summary}`
				: `${w.ownThoughts} ${w.nspcc(nspcc.phone)}`,
		);
	return lines;
}

/**
 * The opening sentences of a help-first reply in Welsh, in the same order as the English `helpFirstSentences`:
 * danger puts 999 first; a child hears about Childline and that it is not their fault; an adult hears about the
 * NSPCC Helpline and the service that fits. Names, numbers and hours are read from the help.
 *
 * @example
 * ```ts
 * welshHelpFirstSentences(['danger'], selectHelp({ topic: 'emergency' }))[0]; // "Os wyt ti mewn perygl nawr, ffonia 999."
 * ```
 */
export function welshHelpFirstSentences(concerns: readonly PersonConcern[], help: Signposting): string[] {
	const lines = concerns.includes('danger') ? [WELSH_WORDING.helpFirst.danger(help.services[2].phone)] : [];
	const adult = welshAdultSentences(concerns, help);
	if (concerns.some((c) => CHILD_CONCERNS.includes(c)) || adult.length === 0)
		lines.push(...welshChildSentences(concerns, help));
	return [...lines, ...adult];
}
