import type { NoChangeReason, NotFoundReason } from '../answer/answer.js';
import type { Nation } from '../schema/area.js';
import {
	type ANSWER_WORDING,
	type FiguresHeldFor,
	type HELP_FIRST_WORDING,
	type HELP_WORDING,
	type REPLY_WORDING,
	type Translated,
	upperFirst,
	type WordingTable,
	wordingTable,
} from './wording.js';

// The Welsh wording: every key of the English tables in wording.ts, in Welsh, reviewed here in one file.
//
// Sources for the translated terms (each a stored Welsh page, quoted):
// - "Llinell Gymorth yr NSPCC" (the NSPCC Helpline): BBC Cymru Fyw, https://www.bbc.com/cymrufyw/16149917:
//   "Roedd dynes o ogledd Cymru wedi cysylltu gyda llinell gymorth yr NSPCC".
// - "unrhyw bryd, ddydd neu nos" (Childline's hours): Senedd Cymru, 3 November 2021,
//   https://cy.matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2021-11-03.6.385094: "Gallwch ffonio 0800 1111
//   unrhyw bryd, ddydd neu nos."
// - "plant a phobl ifanc" (children and young people): the same Senedd statement, "os ydych chi'n blentyn neu'n
//   unigolyn ifanc sydd angen help, gallwch gysylltu â Childline".
// - "perygl uniongyrchol" (immediate danger) and "ffoniwch 999": South Wales Police,
//   https://www.south-wales.police.uk/cy-GB/cais/cais/ri/gwneud-cais-am-wybodaeth/beta-cyfraith-sarah/cyfraith-sarah-cynllun-datgelu-troseddwyr-rhyw-gyda-phlant/:
//   "Os oes rhywun mewn perygl uniongyrchol, ffoniwch 999."
// - "cyfrinachol" (confidential), "rhad ac am ddim" (free): Welsh Government on Meic, Golwg360,
//   https://golwg.360.cymru/newyddion/cymru/119040-canlyniadau-cymorth-ar-gael-i-ddisgyblion: "rhywle sy’n
//   gyfrinachol, yn ddienw ac yn rhad ac am ddim i drafod eu pryderon".
// - "poeni am blentyn" (worried about a child): Golwg360,
//   https://golwg.360.cymru/newyddion/cymru/2134101-drin-plant-paid-ofni-anghywir: "unrhyw un sy’n poeni am
//   blentyn neu berson ifanc".
// - "rhadffôn", "testun di-dâl" (freephone, free text) for Meic: Golwg360,
//   https://golwg.360.cymru/archif/24612-agor-llinell-gymorth-newydd-i-blant-a-phobol-ifanc: "rhif rhadffôn 080880
//   23456, testun di-dâl 84001".
// - "gyrru neges testun ar" (text, to a number): The Sprout, https://archive.thesprout.co.uk/en/news/sgwrsio-gyda-meic/02173.html:
//   "Gallwch ffonio ni ar 080880 23456, gyrru neges testun ar 84001".
// - "llinell gymorth am ddim a chyfrinachol i blant a phobl ifanc yng Nghymru", "hyd at 25 oed" (Meic's summary):
//   Pwynt Teulu, https://pwyntteulu.cymru/meic-llinell-gymorth-pobl-ifanc-cymru/: "Mae Meic yn llinell gymorth am
//   ddim a chyfrinachol i blant a phobl ifanc yng Nghymru" and "i blant a phobl ifanc hyd at 25 oed yng Nghymru".
// - "Samariaid" (Samaritans), "cael trafferth ymdopi" (struggling to cope), "atal hunanladdiad" (suicide prevention),
//   "hunan-niwed" (self-harm): Samaritans' own Welsh page,
//   https://www.samaritans.org/news/cyhoeddi-ffigurau-newydd-gan-y-samariaid-ar-gyfer-cymru: "gan bobl oedd yn cael
//   trafferth ymdopi", "i gynorthwyo ag atal hunanladdiad", "Lleihau Hunanladdiad a Hunan-niwed yng Nghymru".
// - "cam-drin ... yn ystod eu plentyndod" (abused in childhood, NAPAC's summary): Golwg360,
//   http://golwg360.cymru/newyddion/cymru/7921-plant-wedi-u-cam-drin-ym-mhob-ysgol-uwchradd: "wedi cael eu cam-drin
//   yn ddrwg yn gorfforol neu rywiol yn ystod eu plentyndod".
// - "Cymru", "Lloegr" (the nations) and the months ("20 Rhagfyr 2019", "ym mis Ebrill 2015"): Police.uk,
//   https://www.police.uk/cy/about-this-site/faqs/: "gan bob Heddlu yng Nghymru a Lloegr", "Byrgleriaeth yn 10 Stryd
//   Ddychmygol ar 20 Rhagfyr 2019", "a gyflwynwyd gyda sampl o luoedd ym mis Ebrill 2015".
// - "Mewn argyfwng, ffoniwch 999": Police.uk, the same page: "Mewn argyfwng, ffoniwch 999 bob amser."
// The sentences around these terms, the headings and the buttons' labels are Signpost's own Welsh, written plainly
// for a child; no stored page holds them, so they are marked for review by a Welsh speaker before a release (see the
// bot README's Welsh section).

/** Why no change is computed into a year of a series, in Welsh (English `ANSWER_WORDING.noChangeReasons`). */
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

/** The claims button's label and the claims heading's short form (English `CLAIMS_SHORT`). */
const WELSH_CLAIMS_SHORT = 'Beth mae’r ffynonellau’n ei ddweud';

const WELSH_MONTHS = [
	'Ionawr',
	'Chwefror',
	'Mawrth',
	'Ebrill',
	'Mai',
	'Mehefin',
	'Gorffennaf',
	'Awst',
	'Medi',
	'Hydref',
	'Tachwedd',
	'Rhagfyr',
] as const;

/**
 * Each nation's Welsh name, as it stands alone, after "a" (and: the aspirate mutation, "a Chymru", and "a’r" before
 * "yr", "a’r Alban") and after "yn" (in: the nasal mutation, "yng Nghymru", "yng Ngogledd Iwerddon").
 */
const NATION_FORMS = {
	england: { name: 'Lloegr', afterAnd: 'a Lloegr', afterIn: 'yn Lloegr' },
	wales: { name: 'Cymru', afterAnd: 'a Chymru', afterIn: 'yng Nghymru' },
	scotland: { name: 'yr Alban', afterAnd: 'a’r Alban', afterIn: 'yn yr Alban' },
	'northern-ireland': { name: 'Gogledd Iwerddon', afterAnd: 'a Gogledd Iwerddon', afterIn: 'yng Ngogledd Iwerddon' },
} as const satisfies Record<Nation, { readonly name: string; readonly afterAnd: string; readonly afterIn: string }>;

/** The nations' Welsh names as they stand alone. */
const WELSH_NATIONS = Object.fromEntries(
	Object.entries(NATION_FORMS).map(([nation, forms]) => [nation, forms.name]),
) as Record<Nation, string>;

/** Names joined the Welsh way, the last after "a" (mutated): "Lloegr a Chymru", "Lloegr, Cymru a Gogledd Iwerddon". */
function joinNations(first: string, rest: readonly Nation[]): string {
	const last = rest.at(-1);
	if (!last) return first;
	return `${[first, ...rest.slice(0, -1).map((n) => WELSH_NATIONS[n])].join(', ')} ${NATION_FORMS[last].afterAnd}`;
}

/** "Lloegr a Chymru", "Lloegr, Cymru a Gogledd Iwerddon". */
function welshNations(nations: readonly Nation[]): string {
	const [first, ...rest] = nations;
	return first ? joinNations(WELSH_NATIONS[first], rest) : '';
}

/** "yn Lloegr a Chymru", "yng Nghymru": the first nation after "yn", mutated. */
function welshInNations(nations: readonly Nation[]): string {
	const [first, ...rest] = nations;
	return first ? joinNations(NATION_FORMS[first].afterIn, rest) : '';
}

/** "3 Ebrill 2017" for a day, "Chwefror 2017" for a month. */
function welshLawDate(date: string): string {
	const month = WELSH_MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
	const day = date.length > 7 ? `${Number(date.slice(8, 10))} ` : '';
	return `${day}${month} ${date.slice(0, 4)}`;
}

/** "ffigurau a gedwir: A, B", "… ar gyfer 2019/20: A", "… ar gyfer blynyddoedd eraill: A". */
function welshFiguresHeld(held: FiguresHeldFor): string {
	const when = held.year ? ` ar gyfer ${held.year}` : held.otherYears ? ' ar gyfer blynyddoedd eraill' : '';
	return `ffigurau a gedwir${when}: ${held.names.join(', ')}`;
}

/**
 * {@link ANSWER_WORDING} in Welsh: an answer's headings and marks, the not-found sentences, how a place or a spelling
 * was read, coverage notes and the nations' names.
 *
 * @example
 * ```ts
 * WELSH_ANSWER_WORDING.headings.caveats; // "Am y ffigurau hyn"
 * ```
 */
export const WELSH_ANSWER_WORDING: Translated<typeof ANSWER_WORDING> = {
	/** Why no change is computed into a year of a series (English `ANSWER_WORDING.noChangeReasons`). */
	noChangeReasons: WELSH_NO_CHANGE_REASONS,
	headings: {
		headline: 'Troseddau a gofnodwyd',
		otherMeasures: 'Mesurau eraill',
		latestOtherMeasures: 'Y ffigurau diweddaraf ar gyfer mesurau eraill',
		context: 'Cyd-destun: nid ffigurau a gofnodwyd gan yr heddlu',
		spans: 'Dros sawl blwyddyn',
		changes: 'Newid o’r flwyddyn flaenorol',
		seriesChanges: 'Newidiadau o flwyddyn i flwyddyn',
		previousYear: 'Y flwyddyn flaenorol: dim newid wedi’i gyfrifo',
		notCompared: 'Blynyddoedd heb eu cymharu',
		claims: 'Beth mae’r ffynonellau’n ei ddweud, wedi’i wirio gan Signpost',
		conflicts: 'Lle mae’r ffynonellau’n anghytuno',
		caveats: 'Am y ffigurau hyn',
		national: 'Ffigurau cenedlaethol',
		sources: 'Ffynonellau',
		// Signpost's own Welsh, for review by a Welsh speaker (as the sentences below).
		claimsShort: WELSH_CLAIMS_SHORT,
	},
	computed: 'wedi’i gyfrifo gan Signpost o’r cyfrifon a ddyfynnwyd',
	lowConfidence: 'llai sicr: wedi’i ail-greu o dabl gwastad',
	conflictMark: 'Mae’r ffynonellau’n anghytuno',
	conflictRow: {
		disagreement: 'Mae’r ffynonellau’n anghytuno',
		revision: 'Mae datganiad diweddarach yn rhoi ffigur newydd ar gyfer y flwyddyn hon',
	},
	disputedPrevious: 'Mae’r ffynonellau’n anghytuno am y flwyddyn flaenorol, felly ni chyfrifir newid.',
	notComparedDifferentAges: 'Heb eu cymharu: mae’r ddwy flynedd yn cyfrif dioddefwyr o oedrannau gwahanol.',
	foundLead: 'Troseddau a gofnodwyd gan yr heddlu, gyda ffynhonnell pob ffigur.',
	sourceComparison: 'cymhariaeth y ffynhonnell ei hun',
	dateNotShown: 'dyddiad heb ei ddangos',
	notFoundTitles: {
		'unknown-area': 'Nid oes ardal â’r enw hwnnw',
		'ambiguous-area': 'Mae’r enw hwnnw’n golygu mwy nag un ardal',
		'ambiguous-year': 'Pa flwyddyn ariannol?',
		'unknown-measure': 'Nid yw’n fesur y mae Signpost yn ei gadw',
		'invalid-year': 'Nid yw’n flwyddyn ariannol y gall Signpost ei darllen',
		'year-outside-dataset': 'Mae’r flwyddyn honno y tu allan i’r ffigurau a gedwir',
		'no-published-figure': 'Dim ffigur cyhoeddedig',
		'offence-not-in-force': 'Nid oedd y drosedd yn bodoli’r flwyddyn honno',
		'invalid-query': 'Nid yw’n gwestiwn y gall Signpost ei ateb',
	} satisfies Record<NotFoundReason, string>,
	notFound: {
		unknownArea: 'Nid oes ardal â’r enw hwnnw.',
		unknownMeasure: 'Nid yw’r mesur hwnnw’n un y mae Signpost yn ei gadw.',
		invalidYear: 'Nid yw hynny’n flwyddyn ariannol y gall Signpost ei darllen. Rhowch gynnig ar "2016/17".',
		yearRangeReversed: 'Mae blwyddyn gyntaf yr ystod yn dod ar ôl yr olaf. Rhowch gynnig ar o "2016/17" i "2019/20".',
		noAreaSearchMatch: 'Does dim ardal yn cyfateb i’r chwiliad hwnnw. Rhowch gynnig ar enw heddlu fel "Derbyshire".',
		unknownOnsCode:
			'Nid oes ardal â’r cod ONS hwnnw. Mae codau Ardal Heddlu yn dechrau E23 (Lloegr) neu W15 (Cymru); does gan yr Alban a Gogledd Iwerddon ddim un.',
	},
	notFoundReasons: {
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
	yearsHeld: (years) => `Blynyddoedd a gedwir: ${years.join(', ')}.`,
	suggestions: (names) => `Oeddech chi’n golygu: ${names.join(', ')}?`,
	/** "Mae Caerdydd yn cael ei blismona gan South Wales Police" (names as the registry holds them). */
	policedBy: (place, forceName) => `Mae ${place} yn cael ei blismona gan ${forceName}`,
	/** Force names stay as each force names itself, as the registry's do in `policedBy`. */
	notCovered: (outside) =>
		outside.kind === 'railways'
			? `Mae ${outside.placeCy} yn plismona rheilffyrdd Cymru, Lloegr a’r Alban, nid ardal, ac nid oes gan Signpost ffigurau o’r heddlu hwnnw ei hun. Mae gan Signpost ffigurau ar gyfer yr heddluoedd sydd pob un yn plismona ardal yng Nghymru, Lloegr, yr Alban neu Ogledd Iwerddon; lle mae cyfanswm cenedlaethol yn cyfrif ffigurau a roddodd British Transport Police, mae ei nodyn yn dweud hynny.`
			: `Mae ${outside.placeCy} yn cael ${outside.plural ? 'eu plismona' : 'ei blismona'} gan ${outside.forces.join(' a ')}, nad yw Signpost yn ${outside.forces.length > 1 ? 'eu cynnwys' : 'ei gynnwys'}. Mae gan Signpost ffigurau ar gyfer heddluoedd Cymru, Lloegr, yr Alban a Gogledd Iwerddon.`,
	/**
	 * A year of a series with no figure, and why no change is computed into a year (English `noFigureFor`,
	 * `changeNotComputed`): Signpost's own Welsh, for review by a Welsh speaker.
	 */
	noFigureFor: (year) => `Dim ffigur ar gyfer ${year}`,
	changeNotComputed: (reason) => `newid heb ei gyfrifo: ${WELSH_NO_CHANGE_REASONS[reason]}`,
	/**
	 * Several names compared that lead to one force (English `sharedForce`): "Mae Cardiff a Swansea ill dau yn cael eu
	 * plismona gan South Wales Police, felly dangosir ei ffigurau unwaith". Names as the gazetteer and registry hold
	 * them. Signpost's own Welsh, for review by a Welsh speaker (the mutation of English place names after "a" is left
	 * undone).
	 */
	sharedForce: (names, force) => {
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
	showingCorrected: (areaName, readAs) =>
		`Yn dangos ${areaName}${readAs ? ` ar gyfer ${readAs}` : ''} (sillafiad wedi’i gywiro)`,
	noPublishedFigure: (areaName, year) =>
		`Nid oes gan Signpost ffigur cyhoeddedig ar gyfer ${areaName}${year ? ` yn ${year}` : ''}.`,
	noNationalFigure: (year) => `Nid oes gan Signpost ffigur cenedlaethol cyhoeddedig${year ? ` ar gyfer ${year}` : ''}.`,
	noSeries: (measureName, areaName) => `Nid oes gan Signpost gyfres gyhoeddedig o ${measureName} ar gyfer ${areaName}.`,
	calendarYear: (calendarYear, choices, held) => {
		const spans = choices.map((y) => `${y.id} (Ebrill ${y.startYear} i Fawrth ${y.startYear + 1})`).join(' a ');
		const then =
			held.length === choices.length
				? 'Dewiswch un.'
				: held.length
					? `Mae ffigurau ar gyfer ${held.join(' a ')} yn unig.`
					: 'Nid oes gan Signpost ffigur ar gyfer y naill na’r llall.';
		return `Mae ${calendarYear} yn cyffwrdd â dwy flwyddyn ariannol: ${spans}. ${then}`;
	},
	laterYearsWithout: (areaName, years) =>
		years.length === 1
			? `Blynyddoedd diweddarach: nid oes gan Signpost ffigur ar gyfer ${areaName} ar gyfer ${years[0]}, a gynhwyswyd gan gyhoeddiad diweddarach; gofynnwch am y flwyddyn honno i weld pam.`
			: `Blynyddoedd diweddarach: nid oes gan Signpost ffigur ar gyfer ${areaName} ar gyfer ${years.slice(0, -1).join(', ')} na ${years.at(-1)}, a gynhwyswyd gan gyhoeddiadau diweddarach; gofynnwch am un o’r blynyddoedd hynny i weld pam.`,
	yearOutsideDataset: (first, last) =>
		first && last ? `Mae gan Signpost ffigurau o ${first} i ${last} yn unig.` : 'Nid oes gan Signpost ffigurau eto.',
	noComparedFigure: (year) =>
		`Nid oes gan Signpost ffigur cyhoeddedig ar gyfer yr ardaloedd hyn${year ? ` yn ${year}` : ''}.`,
	/** "3 Ebrill 2017", "Chwefror 2017" (months as Police.uk writes them). */
	lawDate: (date) => welshLawDate(date),
	/** "Lloegr a Chymru" (the soft and aspirate mutations of the four nations' names done by hand). */
	nationsList: (nations) => welshNations(nations),
	/** "Mewn grym yn Lloegr a Chymru o 3 Ebrill 2017 (Serious Crime Act 2015, section 67)." (the law as published) */
	inForce: (entry) => `Mewn grym ${welshInNations(entry.nations)} o ${welshLawDate(entry.from)} (${entry.law}).`,
	/** "…: nid oedd y drosedd yn bodoli yn 2015/16. Daeth i rym yn Lloegr a Chymru ar 3 Ebrill 2017 (2017/18)." */
	offenceNotInForce: (measureName, year, entry, firstYear) =>
		`${measureName}: nid oedd y drosedd yn bodoli yn ${year}. Daeth i rym ${welshInNations(entry.nations)} ${entry.from.length > 7 ? 'ar' : 'ym mis'} ${welshLawDate(entry.from)} (${firstYear}).`,
	/** "Dim ffigur Online element ar gyfer Kent Police; ffigurau a gedwir: …" (measure and area names as published). */
	noMeasureFigure: (measureName, areaName, held, year) =>
		`Dim ffigur ${measureName} ar gyfer ${areaName}${year ? ` yn ${year}` : ''}; ${welshFiguresHeld(held)}.`,
	/**
	 * The measures an area does hold, said after the reason where it has no figure for the one asked for ("Ffigurau a
	 * gedwir ar gyfer 2019/20: Online element."); measure names stay as published.
	 */
	figuresHeld: (held) => `${upperFirst(welshFiguresHeld(held))}.`,
	coverage: {
		partYear: (period) => `rhan o’r flwyddyn yn unig: ${period}`,
		forcesOf: (gave, of) => `${gave} o ${of} o heddluoedd wedi rhoi data`,
		forces: (gave) => `${gave} o heddluoedd wedi rhoi data`,
		excluding: (names) => `heb gynnwys ${names.join(' a ')}`,
		knownOnly: {
			age: 'dim ond lle cofnodwyd oedran y dioddefwr',
			sex: 'dim ond lle cofnodwyd rhyw y dioddefwr',
			platform: 'dim ond lle cofnodwyd y platfform',
		},
		victimsUnder: (age) => `troseddau yn erbyn plant dan ${age} oed, fel yr adroddwyd`,
	},
	republishedOnly: (sites) => {
		const names = [...new Set(sites)];
		const last = names.at(-1) ?? '';
		const and = /^[aeiouwy]/i.test(last) ? 'ac' : 'a';
		const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${and} ${last}` : last;
		return `wedi’i adrodd gan ${list} yn unig, sy’n ailgyhoeddi newyddion`;
	},
	nations: WELSH_NATIONS,
};

/**
 * {@link HELP_FIRST_WORDING} in Welsh ("ti" to a child, "chi" to an adult).
 *
 * @example
 * ```ts
 * WELSH_HELP_FIRST_WORDING.heading; // "Gelli di siarad â rhywun nawr"
 * ```
 */
export const WELSH_HELP_FIRST_WORDING: Translated<typeof HELP_FIRST_WORDING> = {
	heading: 'Gelli di siarad â rhywun nawr',
	danger: (phone) => `Os wyt ti mewn perygl nawr, ffonia ${phone}.`,
	suicide:
		'Os wyt ti’n teimlo fel dod â’th fywyd i ben neu frifo dy hun, siarada â rhywun nawr. Does dim rhaid i ti fod ar dy ben dy hun gyda hyn.',
	callService: (reach) => `Gelli di ffonio ${reach}.`,
	childline: (phone, site, hours) =>
		`Gelli di siarad â Childline nawr: ffonia ${phone} neu sgwrsia ar ${site}. Mae am ddim ac yn gyfrinachol, ${hours}.`,
	online:
		'Os gofynnodd rhywun ar-lein am luniau, anfon negeseuon a wnaeth dy boeni, neu rannu lluniau ohonot ti, nid dy fai di yw hynny, a gellir ei stopio.',
	notYourFault: 'Nid dy fai di yw’r hyn sy’n digwydd.',
	notYourFaultThen: 'Nid eich bai chi oedd yr hyn a ddigwyddodd i chi fel plentyn.',
	survivor: (reach, nspccPhone) => `Gallwch siarad â ${reach}, neu Linell Gymorth yr NSPCC ar ${nspccPhone}.`,
	nspcc: (phone) => `Gallwch siarad â Llinell Gymorth yr NSPCC ar ${phone}.`,
	worriedAboutAChild: (phone) =>
		`Os ydych chi’n poeni am blentyn, siaradwch â Llinell Gymorth yr NSPCC ar ${phone}. Mae am ddim.`,
	ownThoughts:
		'Os ydych chi’n poeni am eich meddyliau eich hun am blant, gallwch gael help cyn i unrhyw beth ddigwydd.',
};

/**
 * {@link HELP_WORDING} in Welsh: the words of the help lines and the months.
 *
 * @example
 * ```ts
 * WELSH_HELP_WORDING.help.nspcc; // "oedolion sy’n poeni am blentyn"
 * ```
 */
export const WELSH_HELP_WORDING: Translated<typeof HELP_WORDING> = {
	or: 'neu',
	months: WELSH_MONTHS,
	help: {
		heading: 'Cael help',
		childline: 'plant a phobl ifanc hyd at 19 oed, am ddim ac yn gyfrinachol',
		nspcc: 'oedolion sy’n poeni am blentyn',
		emergency: (phone) => `os oes plentyn mewn perygl uniongyrchol, ffoniwch yr heddlu ar ${phone}`,
		email: (address, hours) => `${address} ${hours}`,
		orText: (phone, text) => `${phone}, neu gyrru neges testun ar ${text}`,
		hoursChecked: (hours, date) => `${hours} (oriau wedi’u gwirio ${date})`,
		childlineShort: 'plant a phobl ifanc',
		emergencyShort: (phone) => `Mewn argyfwng ffoniwch ${phone}`,
	},
};

/**
 * {@link REPLY_WORDING} in Welsh: button labels, page parts, short replies and /ynghylch.
 *
 * @example
 * ```ts
 * WELSH_REPLY_WORDING.buttons.sources; // "Ffynonellau"
 * ```
 */
export const WELSH_REPLY_WORDING: Translated<typeof REPLY_WORDING> = {
	buttons: {
		answer: 'Ateb',
		sources: 'Ffynonellau',
		caveats: 'Am y ffigurau',
		claims: WELSH_CLAIMS_SHORT,
		trend: 'Tuedd',
		figuresFor: (year) => `Ffigurau ${year}`,
		sharePublicly: 'Rhannu’n gyhoeddus',
		previousYear: (year) => `◀ Y flwyddyn flaenorol (${year})`,
		nextYear: (year) => `Y flwyddyn nesaf (${year}) ▶`,
		previousPage: '◀ Tudalen flaenorol',
		nextPage: 'Tudalen nesaf ▶',
	},
	pages: {
		footer: (page, of) => `Tudalen ${page} o ${of}`,
		noFigure: 'dim ffigur',
		reportsDisagree: (count) => `${count} adroddiad sy’n anghytuno`,
		sameSource: 'yr un ffynhonnell',
		also: 'hefyd',
		fromTo: (from, to) => `o ${from} i ${to}`,
		range: (low, high) => `${low} i ${high}`,
		and: (first, second) => `${first} a ${second}`,
		quotedAbove: 'wedi’i ddyfynnu uchod',
		disagreeSeeAbove: 'mae’r ffynonellau’n anghytuno (gweler uchod)',
		conflictingReport: (values) => `Adroddiad sy’n gwrthdaro: ${values}.`,
		sourcesIntro: (count, areaName) =>
			`Mae pob ffigur y mae Signpost yn ei roi${areaName ? ` ar gyfer ${areaName}` : ''} wedi’i ddyfynnu air am air o un o’r ${count} ffynhonnell hyn.`,
		noSources: 'Nid oes gan Signpost ffynonellau ar gyfer yr ardal honno eto.',
		chartOn: (areaName, url) => `Mae siart y ffigurau hyn ar [dudalen ${areaName} ar wefan y dogfennau](${url}).`,
	},
	replies: {
		rateLimited: 'Rydych chi wedi gofyn llawer o gwestiynau mewn amser byr. Arhoswch funud a rhowch gynnig arall arni.',
		unknownCommand: 'Nid yw Signpost yn adnabod y gorchymyn hwnnw. Rhowch gynnig ar /gorchmynion.',
		unreadable: 'Nid oedd Signpost yn gallu darllen y cais hwnnw.',
		noForms: 'Nid oes gan Signpost ffurflenni i’w hateb. Rhowch gynnig ar /ffigurau neu /cymorth.',
		staleButton: 'Mae’r botwm hwnnw wedi dyddio. Gofynnwch eto gyda’r gorchymyn, er enghraifft /ffigurau ardal:Kent.',
		internalError: (id) =>
			`Aeth rhywbeth o’i le ar ochr Signpost. Rhowch gynnig arall arni yn nes ymlaen. Cyfeirnod: ${id}`,
		/** The example says what is needed, so the Welsh sentence does not repeat `what` (English words). */
		missingOption: (command, _what, example) => `Mae angen mwy ar /${command}, er enghraifft: ${example}`,
		support:
			'Os ydych chi’n poeni am blentyn, neu os ydych chi’n berson ifanc sydd angen siarad, gall y gwasanaethau hyn helpu. Does dim rhaid i chi fod yn siŵr bod rhywbeth o’i le cyn ffonio; mae Childline a Llinell Gymorth yr NSPCC am ddim.',
		commandsTitle: 'Gorchmynion Signpost',
		forExample: 'Er enghraifft',
		commandsNote: () =>
			`Mae gan atebion fotymau: Ffynonellau, Am y ffigurau, ${WELSH_CLAIMS_SHORT}, y flwyddyn flaenorol a’r nesaf, Tuedd, a Rhannu’n gyhoeddus ar ateb preifat. Mae’r ffigurau, y dyfyniadau a’r ffynonellau yn Saesneg, fel y’u cyhoeddwyd. Ychwanegwch preifat:true i ateb dim ond chi.`,
		helpChoice: (phone) => `Siarad â rhywun nawr: Childline ${phone}`,
		spanEndChoice: (end, span) => `${end} (ffigur ar gyfer ${span})`,
		dangerChoice: (emergency, childline) =>
			`Mewn perygl nawr? Ffonia ${emergency}. Neu siarada â Childline ${childline}`,
	},
	about: {
		title: 'Am Signpost',
		intro:
			'Mae Signpost yn ateb cwestiynau am ffigurau troseddau rhyw yn erbyn plant a gofnodwyd gan yr heddlu yn y DU, o ymatebion Rhyddid Gwybodaeth yr NSPCC fel y’u hadroddwyd yn y wasg. Daw pob ffigur gyda’i ffynhonnell, yr union ddyfyniad a dolen; lle mae ffynonellau’n anghytuno, dangosir y ddau werth.',
		dataset: (version, figures, sources, forcesWith, forces) =>
			`Fersiwn y data ${version}: ${figures} o ffigurau o ${sources} o ffynonellau, ${forcesWith} o ${forces} o heddluoedd ag o leiaf un ffigur.`,
		recordedFigures: 'Beth mae ffigurau a gofnodwyd yn ei olygu',
		privacy: 'Preifatrwydd',
		privacyText:
			'Nid yw’r bot yn cadw’r hyn rydych chi’n ei deipio. Dim ond enw’r gorchymyn, a gafodd ei ateb, a faint o amser a gymerodd y mae’n ei gofnodi.',
	},
};

/**
 * Signpost's own sentences in Welsh (`cy`): the one reviewed place for them, beside the English in `wording.ts`, with
 * the same keys (it is declared as a `WordingTable`, and a test compares the two). Renderers choose it with
 * `locale: 'cy'` (see `wordingFor`). What is Welsh: the help lines and their heading, the help-first reply, every
 * heading of an answer, the bot's buttons, page footers and short replies, every not-found sentence, and how a place
 * or corrected spelling was read; and in {@link WELSH_SERVICES}, a Welsh summary and hours for every help service.
 * What stays as published: figures, quotes, sources' titles and publishers, area, measure and breakdown names, and
 * the caveats (the English caveats are shown beside Welsh headings until they are translated and reviewed).
 *
 * The sources of its translated terms are at the top of this file.
 *
 *
 * @example
 * ```ts
 * WELSH_WORDING.help.heading; // "Cael help"
 * WELSH_WORDING.buttons.sources; // "Ffynonellau"
 * ```
 */
export const WELSH_WORDING: WordingTable = /* @__PURE__ */ wordingTable(
	WELSH_ANSWER_WORDING,
	WELSH_HELP_WORDING,
	WELSH_HELP_FIRST_WORDING,
	WELSH_REPLY_WORDING,
);

/**
 * The help services' own words in Welsh, by service id: a name where the service has a Welsh one (the NSPCC
 * Helpline, Samaritans), a summary for every service, and the hours as the registry publishes them in English. A test
 * holds it to every record of `HELP_SERVICES`: a service without a Welsh summary, or hours without Welsh, fails.
 * Numbers, addresses and the other names stay as the registry holds them.
 *
 * @example
 * ```ts
 * WELSH_SERVICES.summaries.meic; // "Help am ddim a chyfrinachol i blant a phobl ifanc hyd at 25 oed yng Nghymru, …"
 * ```
 */
export const WELSH_SERVICES = {
	/** A service's name in Welsh, where it has one; a service not here keeps its name. */
	names: {
		'nspcc-helpline': 'Llinell Gymorth yr NSPCC',
		samaritans: 'Samariaid',
	} as Readonly<Record<string, string>>,
	/** Every service's one-line summary in Welsh, by id. */
	summaries: {
		childline: 'Cymorth am ddim a chyfrinachol i blant a phobl ifanc hyd at 19 oed, am unrhyw beth.',
		'nspcc-helpline': 'Cyngor a chymorth i oedolion sy’n poeni am blentyn, gan gynnwys i roi gwybod am bryder.',
		emergency: 'Os oes plentyn mewn perygl uniongyrchol, ffoniwch 999.',
		ceop: 'Rhoi gwybod i’r Asiantaeth Troseddu Genedlaethol (CEOP) am feithrin perthynas amhriodol ar-lein neu gam-drin rhywiol ar-lein.',
		'report-remove': 'I rai dan 18 oed: cael gwared ar lun neu fideo noeth ohonoch chi eich hun a rannwyd ar-lein.',
		'stop-it-now':
			'Help cyfrinachol a dienw i oedolion sy’n poeni am eu meddyliau rhywiol eu hunain neu am ymddygiad oedolyn arall, yn Saesneg neu’n Gymraeg.',
		samaritans:
			'Rhywun i siarad ag ef i unrhyw un sy’n cael trafferth ymdopi, gan gynnwys gyda meddyliau am hunanladdiad.',
		papyrus:
			'Cyngor atal hunanladdiad i bobl ifanc hyd at 35 oed sy’n cael meddyliau am hunanladdiad, ac i unrhyw un sy’n poeni am un ohonynt.',
		meic: 'Help am ddim a chyfrinachol i blant a phobl ifanc hyd at 25 oed yng Nghymru, yn Gymraeg neu’n Saesneg.',
		napac:
			'Y llinell gymorth genedlaethol i oedolion a gafodd eu cam-drin yn ystod eu plentyndod: mae ei gwefan yn rhoi’r llinell a sut i’w chyrraedd.',
	} as Readonly<Record<string, string>>,
	/** The registry's hours (English, as published) in Welsh. */
	hours: {
		'24 hours a day': 'unrhyw bryd, ddydd neu nos',
		'24 hours a day, every day of the year': 'unrhyw bryd, ddydd neu nos, bob dydd o’r flwyddyn',
		'Monday to Friday 8am to 10pm, 9am to 6pm at weekends':
			'dydd Llun i ddydd Gwener 8am i 10pm, 9am i 6pm ar benwythnosau',
		'8am to midnight, every day': '8am tan hanner nos, bob dydd',
		'any time': 'unrhyw bryd',
	} as Readonly<Record<string, string>>,
} as const;
