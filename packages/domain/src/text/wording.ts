import type { NoChangeReason, NotFoundReason } from '../answer/answer.js';
import type { OutsideCoverage } from '../area/outside-coverage.js';
import type { Area, Nation } from '../schema/area.js';
import type { Source } from '../schema/source.js';
import { reportedOnlyByRepublishers } from './republished-wording.js';

/** A clause as the start of a sentence: its first letter upper case ("the Isle of Man" → "The Isle of Man"). */
export const upperFirst = (clause: string): string => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}`;

/** The claims button's label and the claims heading's short form: "What the sources say". */
const CLAIMS_SHORT = 'What the sources say';

/** The months, January first, for dates in words ("4 December 2026", "3 April 2017"). */
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** The nations' names. */
const NATIONS = {
	england: 'England',
	wales: 'Wales',
	scotland: 'Scotland',
	'northern-ireland': 'Northern Ireland',
} as const satisfies Record<Nation, string>;

/**
 * Why no change is computed into a year of a series, said after that year's figure by {@link changeNotComputed}:
 * "change not computed: no figure for the year before".
 */
const NO_CHANGE_REASONS = {
	'no-figure-before': 'no figure for the year before',
	disputed: 'the sources disagree about this year or the year before',
	'different-releases': 'the two years come from different releases, and no source compares them',
	'part-year': 'one of the two figures covers part of the year only',
	'different-forces': 'the two years count different sets of forces',
	'not-exact': 'one of the two figures is not an exact count',
	'low-confidence': 'one of the two figures is less certain',
	'not-a-total': 'changes are computed for totals of police-recorded offences only',
	'zero-before': 'the year before is zero, so no percentage can be worked out',
} as const satisfies Record<NoChangeReason, string>;

/** When an offence came into force, as a measure's data holds it. */
export interface InForceDate {
	readonly nations: readonly Nation[];
	/** "2017-04-03", or "2017-02" where no page gives the day. */
	readonly from: string;
	/** The law that created it there. */
	readonly law: string;
}

/** Which figures an area holds instead of the measure asked for: the measures' names, and for which year. */
export interface FiguresHeldFor {
	/** The short names of the measures held, in the dataset's order. */
	readonly names: readonly string[];
	/** The year they are held for, where a year was asked and the area holds figures for it. */
	readonly year?: string | undefined;
	/** True when a year was asked but the area holds these only for other years. */
	readonly otherYears?: boolean | undefined;
}

/** "A and B", "A, B and C". */
export function joinAnd(names: readonly string[]): string {
	return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "3 April 2017" for a day, "February 2017" for a month. */
function englishLawDate(date: string): string {
	const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
	const day = date.length > 7 ? `${Number(date.slice(8, 10))} ` : '';
	return `${day}${month} ${date.slice(0, 4)}`;
}

/** "England and Wales", "England, Wales and Northern Ireland". */
function englishNations(nations: readonly Nation[]): string {
	return joinAnd(nations.map((n) => NATIONS[n]));
}

/** "figures held: A, B", "figures held for 2019/20: A", "figures held for other years: A". */
function figuresHeldClause(held: FiguresHeldFor): string {
	const when = held.year ? ` for ${held.year}` : held.otherYears ? ' for other years' : '';
	return `figures held${when}: ${held.names.join(', ')}`;
}

/**
 * The words around figures in English: an answer's headings and marks, the not-found sentences, how a place or a
 * spelling was read, coverage notes and the nations' names. The part of {@link WORDING} every answer needs (the
 * domain's code reads it directly, so an app that only asks questions does not carry the help-line or bot wording).
 *
 * @example
 * ```ts
 * ANSWER_WORDING.headings.caveats; // "About these figures"
 * ```
 */
export const ANSWER_WORDING = {
	/** One heading per idea, shared by every renderer. */
	headings: {
		headline: 'Offences recorded',
		otherMeasures: 'Other measures',
		latestOtherMeasures: 'Latest figures for other measures',
		context: 'Context: not police-recorded figures',
		spans: 'Over several years',
		changes: 'Change from the previous year',
		seriesChanges: 'Year-on-year changes',
		previousYear: 'Previous year: no change computed',
		notCompared: 'Years not compared',
		claims: 'What the sources say, checked by Signpost',
		/** The short form of {@link ANSWER_WORDING.headings.claims}, where space is tight (the bot's button). */
		claimsShort: CLAIMS_SHORT,
		conflicts: 'Where the sources disagree',
		caveats: 'About these figures',
		national: 'National figures',
		sources: 'Sources',
	},
	/** The words that mark a number Signpost worked out itself. */
	computed: 'computed by Signpost from the cited counts',
	/** Said in a figure line when the figure was rebuilt from a flattened table. */
	lowConfidence: 'less certain: rebuilt from a flattened table',
	/** The mark on a figure that is part of a conflict. */
	conflictMark: 'Sources disagree',
	/** Said once after the values of a conflict shown on one line ("10,391 (NSPCC) or 10,331 (Bournemouth Echo)"). */
	conflictRow: {
		disagreement: 'The sources disagree',
		revision: 'A later release restates this year',
	},
	/** Said when a previous year's figures are disputed. */
	disputedPrevious: 'The sources disagree about the previous year, so no change is computed.',
	/** Why two consecutive years are not compared when one counts only victims under an age (under-16s) and one does not. */
	notComparedDifferentAges: 'Not compared: the two years count victims of different ages.',
	/** The one-line lead a surface may show above an answer with figures. */
	foundLead: 'Police-recorded offences, with the source of every figure.',
	/** What a found answer with a source's own comparison over several years is called. */
	sourceComparison: 'the source’s own comparison',
	/** A date a source does not show. */
	dateNotShown: 'date not shown',
	/**
	 * Why no change is computed into a year of a series, said after that year's figure by {@link changeNotComputed}:
	 * "change not computed: no figure for the year before".
	 */
	noChangeReasons: NO_CHANGE_REASONS,
	/** Short titles for each reason an answer has no figure. */
	notFoundTitles: {
		'unknown-area': 'No area matches that name',
		'ambiguous-area': 'That name covers more than one area',
		'ambiguous-year': 'Which financial year?',
		'unknown-measure': 'Not a measure Signpost holds',
		'invalid-year': 'Not a financial year Signpost can read',
		'year-outside-dataset': 'That year is outside the figures held',
		'no-published-figure': 'No published figure',
		'offence-not-in-force': 'The offence did not exist that year',
		'invalid-query': 'Not a question Signpost can answer',
	} satisfies Record<NotFoundReason, string>,
	/** Fixed not-found sentences (the others are built by {@link noPublishedFigure} and friends). */
	notFound: {
		unknownArea: 'No area matches that name.',
		unknownMeasure: 'That measure is not one Signpost holds.',
		invalidYear: 'That is not a financial year Signpost can read. Try "2016/17".',
		yearRangeReversed: 'The first year of the range comes after the last. Try from "2016/17" to "2019/20".',
		/** An area search that found nothing. */
		noAreaSearchMatch: 'No area matches that search. Try a police force name such as "Derbyshire".',
		/** An ONS code that names no area. */
		unknownOnsCode:
			'No area has that ONS code. Police Force Area codes start E23 (England) or W15 (Wales); Scotland and Northern Ireland have none.',
	},
	/**
	 * One sentence for each reason an answer has no figure, said where the answer's own sentence (which names the
	 * area, measure and year) is not: in a reply in another language, which says the reason in its own words.
	 */
	notFoundReasons: {
		'unknown-area': 'No area matches that name.',
		'ambiguous-area': 'That name covers more than one area. Choose one.',
		'ambiguous-year': 'Which financial year? Choose one.',
		'unknown-measure': 'That measure is not one Signpost holds.',
		'invalid-year': 'That is not a financial year Signpost can read. Try "2016/17".',
		'year-outside-dataset': 'That year is outside the figures Signpost holds.',
		'no-published-figure': 'Signpost holds no published figure for that.',
		'offence-not-in-force': 'That offence did not exist that year.',
		'invalid-query': 'That is not a question Signpost can answer.',
	} satisfies Record<NotFoundReason, string>,
	/** The line before a list of suggested areas. */
	didYouMean: 'Did you mean:',
	/** "Years held: 2014/15, 2015/16." */
	yearsHeld: (years: readonly string[]) => `Years held: ${years.join(', ')}.`,
	/** "Did you mean: Derbyshire Constabulary, Devon and Cornwall Police?" */
	suggestions: (names: readonly string[]) => `Did you mean: ${names.join(', ')}?`,
	/** "Reading is policed by Thames Valley Police" (names as the registry and gazetteer hold them). */
	policedBy: (place: string, forceName: string) => `${place} is policed by ${forceName}`,
	/**
	 * "Jersey is policed by the States of Jersey Police, which Signpost does not cover. …"; British Transport Police
	 * polices the railways, not an area.
	 */
	notCovered: (outside: OutsideCoverage) =>
		outside.kind === 'railways'
			? `${outside.place} polices the railways of England, Wales and Scotland, not an area, and Signpost holds no figures of its own for it. Signpost holds figures for the police forces that each police an area of England, Wales, Scotland or Northern Ireland; where a national total counts figures British Transport Police gave, its note says so.`
			: `${upperFirst(outside.place)} ${outside.plural ? 'are' : 'is'} policed by ${outside.forces.map((f) => `the ${f}`).join(' and ')}, which Signpost does not cover. Signpost holds figures for the police forces of England, Wales, Scotland and Northern Ireland.`,
	/** "Showing Derbyshire Constabulary (spelling corrected)": never what was typed. */
	showingCorrected: (areaName: string, readAs?: string) =>
		`Showing ${areaName}${readAs ? ` for ${readAs}` : ''} (spelling corrected)`,
	/** "Signpost holds no published figure for Kent Police for 2016/17." */
	noPublishedFigure: (areaName: string, year?: string) =>
		`Signpost holds no published figure for ${areaName}${year ? ` for ${year}` : ''}.`,
	/** "Signpost holds no published national figure for 2009/10." */
	noNationalFigure: (year?: string) => `Signpost holds no published national figure${year ? ` for ${year}` : ''}.`,
	/** "Signpost holds no published Online element series for Kent Police." */
	noSeries: (measureName: string, areaName: string) =>
		`Signpost holds no published ${measureName} series for ${areaName}.`,
	/**
	 * A calendar year asked for: "2023 touches two financial years: 2022/23 (April 2022 to March 2023) and 2023/24
	 * (April 2023 to March 2024). Choose one.", or, where figures are held for one of them or neither, which.
	 */
	calendarYear: (
		calendarYear: number,
		choices: readonly { readonly id: string; readonly startYear: number }[],
		held: readonly string[],
	) => {
		const spans = choices.map((y) => `${y.id} (April ${y.startYear} to March ${y.startYear + 1})`).join(' and ');
		const then =
			held.length === choices.length
				? 'Choose one.'
				: held.length
					? `Figures are held for ${held.join(' and ')} only.`
					: 'Signpost holds no figure for either.';
		return `${calendarYear} touches two financial years: ${spans}. ${then}`;
	},
	/**
	 * Under an answer led by an old year: "Later years: Signpost holds no figure for Kent Police for 2022/23, which a
	 * later release covered; ask for that year to see why."
	 */
	laterYearsWithout: (areaName: string, years: readonly string[]) =>
		years.length === 1
			? `Later years: Signpost holds no figure for ${areaName} for ${years[0]}, which a later release covered; ask for that year to see why.`
			: `Later years: Signpost holds no figure for ${areaName} for ${years.slice(0, -1).join(', ')} or ${years.at(-1)}, which later releases covered; ask for one of those years to see why.`,
	/** "Signpost holds figures from 2011/12 to 2024/25 only." (or "no figures yet"). */
	yearOutsideDataset: (first?: string, last?: string) =>
		`Signpost holds ${first && last ? `figures from ${first} to ${last} only` : 'no figures yet'}.`,
	/** "Signpost holds no published figure for these areas in 2016/17." (see {@link noComparedFigure}) */
	noComparedFigure: (year?: string) =>
		`Signpost holds no published figure for these areas${year ? ` in ${year}` : ''}.`,
	/** A year inside a series with no figure: "No figure for 2020/21" (see {@link noFigureFor}). */
	noFigureFor: (year: string) => `No figure for ${year}`,
	/** "change not computed: no figure for the year before" (see {@link changeNotComputed}). */
	changeNotComputed: (reason: NoChangeReason) => `change not computed: ${NO_CHANGE_REASONS[reason]}`,
	/** "Cardiff and Swansea are both policed by South Wales Police, so its figures are shown once" (see {@link sharedForce}). */
	sharedForce: (names: readonly string[], force: string) => {
		const places = names.filter((n) => n !== force);
		const [place] = places;
		const said =
			places.length > 1
				? `${joinAnd(places)} are ${places.length === 2 ? 'both' : 'all'} policed by ${force}`
				: place && names.length > 1
					? `${place} is policed by ${force}, which is also named`
					: place
						? `${place}, named more than once, is policed by ${force}`
						: `The areas named all lead to ${force}`;
		return `${said}, so its figures are shown once`;
	},
	/** A law's date: "3 April 2017", or "February 2017" for a month (see {@link lawDateText}). */
	lawDate: (date: string) => englishLawDate(date),
	/** Nations in a sentence: "England and Wales" (see {@link nationsText}). */
	nationsList: (nations: readonly Nation[]) => englishNations(nations),
	/** "In force in England and Wales from 3 April 2017 (Serious Crime Act 2015, section 67)." (see {@link inForceSentence}) */
	inForce: (entry: InForceDate) =>
		`In force in ${englishNations(entry.nations)} from ${englishLawDate(entry.from)} (${entry.law}).`,
	/**
	 * "Sexual Communication with a Child: the offence did not exist in 2015/16. It came into force in England and Wales
	 * on 3 April 2017 (2017/18)." (see {@link offenceNotInForce})
	 */
	offenceNotInForce: (measureName: string, year: string, entry: Omit<InForceDate, 'law'>, firstYear: string) =>
		`${measureName}: the offence did not exist in ${year}. It came into force in ${englishNations(entry.nations)} ${entry.from.length > 7 ? 'on' : 'in'} ${englishLawDate(entry.from)} (${firstYear}).`,
	/** "No Sexual Communication with a Child figure for Staffordshire Police; figures held: Offences recorded." */
	noMeasureFigure: (measureName: string, areaName: string, held: FiguresHeldFor, year?: string) =>
		`No ${measureName} figure for ${areaName}${year ? ` for ${year}` : ''}; ${figuresHeldClause(held)}.`,
	/** "Figures held for 2019/20: Offences recorded, Online element." (see {@link figuresHeldSentence}) */
	figuresHeld: (held: FiguresHeldFor) => `${upperFirst(figuresHeldClause(held))}.`,
	/** The coverage notes said beside a figure (see {@link coverageNotes}). */
	coverage: {
		partYear: (period: string) => `part of the year only: ${period}`,
		forcesOf: (gave: number, of: number) => `${gave} of ${of} forces gave data`,
		forces: (gave: number) => `${gave} forces gave data`,
		excluding: (names: readonly string[]) => `excluding ${names.join(' and ')}`,
		knownOnly: {
			age: 'only where the victim’s age was recorded',
			sex: 'only where the victim’s sex was recorded',
			platform: 'only where the platform was recorded',
		},
		/** A figure that counts only victims under an age: "offences against children under 16, as reported". */
		victimsUnder: (age: number) => `offences against children under ${age}, as reported`,
	},
	/** The mark on a figure whose only sources republish others' stories ("reported only by Care Appointments, ..."). */
	republishedOnly: reportedOnlyByRepublishers,
	/** The nations' names. */
	nations: NATIONS,
} as const;

/**
 * The words of the help-first reply in English: what Signpost says when what was typed reads as a person speaking.
 * Plain words a child understands; no figure, no "not found", no "did you mean", no caveat, and never the words typed.
 *
 * @example
 * ```ts
 * HELP_FIRST_WORDING.heading; // "You can talk to someone now"
 * ```
 */
export const HELP_FIRST_WORDING = {
	heading: 'You can talk to someone now',
	danger: (phone: string) => `If you are in danger right now, call ${phone}.`,
	suicide:
		'If you feel like ending your life or hurting yourself, please talk to someone now. You do not have to be alone with this.',
	/** "You can call Samaritans: 116 123." */
	callService: (reach: string) => `You can call ${reach}.`,
	childline: (phone: string, site: string, hours: string) =>
		`You can talk to Childline now: call ${phone} or chat at ${site}. It is free and confidential, ${hours}.`,
	online:
		'If someone online asked you for pictures, sent you messages that worried you, or shared pictures of you, it is not your fault, and it can be stopped.',
	notYourFault: 'What is happening is not your fault.',
	notYourFaultThen: 'What happened to you as a child was not your fault.',
	survivor: (reach: string, nspccPhone: string) => `You can talk to ${reach}, or the NSPCC Helpline on ${nspccPhone}.`,
	nspcc: (phone: string) => `You can talk to the NSPCC Helpline on ${phone}.`,
	worriedAboutAChild: (phone: string) =>
		`If you are worried about a child, talk to the NSPCC Helpline on ${phone}. It is free.`,
	ownThoughts: 'If you are worried about your own thoughts about children, you can get help before anything happens.',
} as const;

/**
 * The words of the help lines in English, around the registry's names, numbers, addresses and hours, and the months
 * for the days hours were checked: the part of {@link WORDING} every reply's help lines need.
 *
 * @example
 * ```ts
 * HELP_WORDING.help.nspcc; // "adults worried about a child"
 * ```
 */
export const HELP_WORDING = {
	/** The word between two values or two ways to reach a service: "10,391 (NSPCC) or 10,331 (Bournemouth Echo)". */
	or: 'or',
	/** The months, January first, for dates in words ("4 December 2026"). */
	months: MONTHS,
	/** The words of the help lines around the registry's names, numbers, addresses and hours. */
	help: {
		/** The heading of the help lines, in every reply. */
		heading: 'Get help',
		childline: 'children and young people up to 19, free and confidential',
		nspcc: 'adults worried about a child',
		emergency: (phone: string) => `if a child is in immediate danger, call the police on ${phone}`,
		/** An address and when it is answered: "help@nspcc.org.uk at any time". */
		email: (address: string, hours: string) => `${address} at ${hours}`,
		/** A number and a text number: "080880 23456, or text 84001". */
		orText: (phone: string, text: string) => `${phone}, or text ${text}`,
		/** Hours with the day they were checked: "24 hours a day (hours checked 4 December 2026)". */
		hoursChecked: (hours: string, date: string) => `${hours} (hours checked ${date})`,
		childlineShort: 'children and young people',
		emergencyShort: (phone: string) => `In an emergency call ${phone}`,
	},
} as const;

/**
 * The words of the bot's and the console's own replies in English: button labels, page parts, short replies and
 * /about. The part of {@link WORDING} only the surfaces need.
 *
 * @example
 * ```ts
 * REPLY_WORDING.buttons.sources; // "Sources"
 * ```
 */
export const REPLY_WORDING = {
	/** The labels of the bot's buttons (at most 80 characters each). */
	buttons: {
		answer: 'Answer',
		sources: 'Sources',
		caveats: 'Caveats',
		/** The claims view's button: the short form of the claims heading. */
		claims: CLAIMS_SHORT,
		trend: 'Trend',
		figuresFor: (year: string) => `Figures for ${year}`,
		sharePublicly: 'Share publicly',
		previousYear: (year: string) => `◀ Previous year (${year})`,
		nextYear: (year: string) => `Next year (${year}) ▶`,
		previousPage: '◀ Previous page',
		nextPage: 'Next page ▶',
	},
	/** The small parts of a paged answer: its footer, a year with no figure, a repeated source, a change's years. */
	pages: {
		footer: (page: number, of: number) => `Page ${page} of ${of}`,
		noFigure: 'no figure',
		reportsDisagree: (count: number) => `${count} reports that disagree`,
		sameSource: 'same source',
		also: 'also',
		fromTo: (from: string, to: string) => `from ${from} to ${to}`,
		/** The range of the values reported for one year, or of a span's years: "1,200 to 1,350". */
		range: (low: string, high: string) => `${low} to ${high}`,
		/** Two years not compared: "2015/16 (1,204) and 2016/17 (1,350)". */
		and: (first: string, second: string) => `${first} and ${second}`,
		/** A quote already shown on a Sources page. */
		quotedAbove: 'quoted above',
		/** A conflict already noted on a Sources page. */
		disagreeSeeAbove: 'the sources disagree (see above)',
		/** The other values of a conflict, with their sources. */
		conflictingReport: (values: string) => `Conflicting report: ${values}.`,
		sourcesIntro: (count: number, areaName?: string) =>
			`Every figure Signpost gives${areaName ? ` for ${areaName}` : ''} is quoted word for word from one of these ${count} sources.`,
		noSources: 'No sources are held for that area yet.',
		/** Where a trend's chart is when the reply cannot carry it: "… on [Kent's page on the docs site](…)." */
		chartOn: (areaName: string, url: string) =>
			`The chart of these figures is on [${areaName}'s page on the docs site](${url}).`,
	},
	/** The short replies every surface gives (the bot's, the console's). */
	replies: {
		rateLimited: 'You have asked a lot of questions in a short time. Please wait a minute and try again.',
		unknownCommand: 'Signpost does not know that command. Try /help.',
		unreadable: 'Signpost could not read that request.',
		noForms: 'Signpost has no forms to answer. Try /figures or /support.',
		staleButton: 'That button is out of date. Ask again with the command, for example /figures area:Kent.',
		internalError: (id: string) => `Something went wrong on Signpost's side. Please try again later. Reference: ${id}`,
		/** "/compare needs two areas, for example: /compare area:Derbyshire with:Staffordshire" */
		missingOption: (command: string, what: string, example: string) =>
			`/${command} needs ${what}, for example: ${example}`,
		support:
			'If you are worried about a child, or you are a young person who needs to talk, these services can help. You do not need to be sure something is wrong to call; Childline and the NSPCC Helpline are free.',
		commandsTitle: "Signpost's commands",
		forExample: 'For example',
		/** The /help note on buttons (a function, so an app that never shows it leaves it out); it names the claims button by its label ({@link ANSWER_WORDING.headings.claimsShort}). */
		commandsNote: () =>
			`Answers have buttons: Sources, Caveats, ${CLAIMS_SHORT}, the previous and next year, Trend, and Share publicly on a private reply. Add private:true to any command to answer only you.`,
		helpChoice: (phone: string) => `Talk to someone now: Childline ${phone}`,
		/** A year offered by autocomplete that is held only as the end of a span: "2022/23 (figure for 2017/18 to 2022/23)". */
		spanEndChoice: (end: string, span: string) => `${end} (figure for ${span})`,
		dangerChoice: (emergency: string, childline: string) =>
			`In danger now? Call ${emergency}. Or talk to Childline ${childline}`,
	},
	/** The bot's /about. */
	about: {
		title: 'About Signpost',
		intro:
			'Signpost answers questions about UK police-recorded child sexual offence figures, from NSPCC Freedom of Information releases as reported in the press. Every figure comes with its source, the exact quote and a link; where sources disagree, both values are shown.',
		dataset: (version: string, figures: number, sources: number, forcesWith: number, forces: number) =>
			`Dataset version ${version}: ${figures} figures from ${sources} sources, ${forcesWith} of ${forces} police forces with at least one figure.`,
		recordedFigures: 'What recorded figures mean',
		privacy: 'Privacy',
		privacyText:
			'The bot does not store what you type. It logs only the command name, whether it was answered and how long it took.',
	},
} as const;

/**
 * Every sentence, heading and name Signpost writes around its figures, in one place: the answer's headings and
 * marks, the not-found sentences, the help lines' and help-first reply's words, the bot's buttons, page parts and
 * short replies. The bot, the SDK and CLI, the MCP server and the docs use these instead of their own copies, so an
 * answer reads the same on every surface. `WELSH_WORDING` (welsh-wording.ts) has the same keys in Welsh: the type
 * {@link WordingTable} and a test hold the two tables to the same keys and the same parameters.
 *
 * @example
 * ```ts
 * WORDING.headings.caveats; // "About these figures"
 * ```
 */
export const WORDING = /* @__PURE__ */ wordingTable(ANSWER_WORDING, HELP_WORDING, HELP_FIRST_WORDING, REPLY_WORDING);

/**
 * A wording table from its parts, the help-first words under `helpFirst` (a function, so that a bundle which reads
 * only some parts leaves the table and the other parts out).
 *
 * @example
 * ```ts
 * wordingTable(ANSWER_WORDING, HELP_WORDING, HELP_FIRST_WORDING, REPLY_WORDING).help.heading; // "Get help"
 * ```
 */
export function wordingTable<
	Answer extends object,
	Help extends object,
	HelpFirst extends object,
	Reply extends object,
>(
	answer: Answer,
	help: Help,
	helpFirst: HelpFirst,
	reply: Reply,
): Answer & Help & { readonly helpFirst: HelpFirst } & Reply {
	return { ...answer, ...help, helpFirst, ...reply };
}

/**
 * A part of a wording table said in another language: `T`'s keys, each a string for a string, a list of strings for a
 * list, and a function with the same parameters for a function.
 *
 * @example
 * ```ts
 * const buttons: Translated<typeof REPLY_WORDING.buttons> = WELSH_WORDING.buttons;
 * ```
 */
export type Translated<T> = T extends string
	? string
	: T extends (...args: infer A) => string
		? (...args: A) => string
		: T extends readonly string[]
			? readonly string[]
			: { readonly [K in keyof T]: Translated<T[K]> };

/**
 * The shape of a wording table: the keys of {@link WORDING}, each a string, a list of strings, or a function with the
 * same parameters. `WELSH_WORDING` is declared with it, so it cannot leave out an English entry, add one of its own,
 * or take other parameters.
 *
 * @example
 * ```ts
 * const table: WordingTable = WELSH_WORDING;
 * table.buttons.sources; // "Ffynonellau"
 * ```
 */
export type WordingTable = Translated<typeof WORDING>;

/** Proper names of the platforms the sources name, written as their owners write them. */
export const PLATFORM_NAMES: Readonly<Record<string, string>> = {
	snapchat: 'Snapchat',
	whatsapp: 'WhatsApp',
	instagram: 'Instagram',
	'facebook-and-messenger': 'Facebook and Messenger',
	facebook: 'Facebook',
	messenger: 'Messenger',
	meta: 'Meta-owned products',
	kik: 'Kik',
	tiktok: 'TikTok',
	youtube: 'YouTube',
	x: 'X',
	twitter: 'Twitter',
	discord: 'Discord',
	roblox: 'Roblox',
};

/**
 * A platform's proper name: "WhatsApp" for `whatsapp`, "Facebook and Messenger" for `facebook-and-messenger`.
 *
 * @example
 * ```ts
 * platformName('whatsapp'); // "WhatsApp"
 * ```
 */
export function platformName(id: string): string {
	return (
		PLATFORM_NAMES[id] ??
		id
			.split('-')
			.map((w, i) => (w === 'and' && i > 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
			.join(' ')
	);
}

/**
 * The one name an answer uses for an area, everywhere in that answer: its registry name ("Derbyshire
 * Constabulary", "Metropolitan Police Service").
 *
 * @example
 * ```ts
 * areaName(derbyshire); // "Derbyshire Constabulary"
 * ```
 */
export function areaName(area: Pick<Area, 'name'>): string {
	return area.name;
}

/**
 * The line an answer or a trend led by an old year says after its figures: the later years that later releases covered
 * and that hold no figure for the force, in the table's language (English by default). None when there are no such
 * years, so every surface can spread it after its lines.
 *
 * @example
 * ```ts
 * const kent = getFigures(dataset, { area: 'Kent' });
 * if (kent.status === 'found') laterYearsLines(kent.data); // ["Later years: Signpost holds no figure for Kent Police for 2022/23, …"]
 * ```
 */
export function laterYearsLines(
	data: { readonly area: Pick<Area, 'name'>; readonly laterYearsWithout: readonly string[] },
	say: Pick<typeof ANSWER_WORDING, 'laterYearsWithout'> = ANSWER_WORDING,
): string[] {
	return data.laterYearsWithout.length ? [say.laterYearsWithout(areaName(data.area), data.laterYearsWithout)] : [];
}

/**
 * A source's publication date as shown: "2018-03-14", or "date not shown".
 *
 * @example
 * ```ts
 * publishedText({ published: 'not-shown' }); // "date not shown"
 * ```
 */
export function publishedText(source: Pick<Source, 'published'>): string {
	return source.published === 'not-shown' ? ANSWER_WORDING.dateNotShown : source.published;
}

/**
 * A source's name as cited: its publisher (or its headline, quoted with `quote`, where no publisher is known) and
 * its date: "Burton Mail, 2018-03-14".
 *
 * @example
 * ```ts
 * citationName(source, (t) => `“${t}”`); // "Burton Mail, 2018-03-14"
 * ```
 */
export function citationName(source: Pick<Source, 'publisher' | 'title' | 'published'>, quote: (t: string) => string) {
	return `${source.publisher ?? quote(source.title)}, ${publishedText(source)}`;
}

/**
 * "Signpost holds no published figure for Kent Police for 2016/17."
 *
 * @example
 * ```ts
 * noPublishedFigure(kent, '2016/17');
 * ```
 */
export function noPublishedFigure(area: Pick<Area, 'name'>, year?: string): string {
	return ANSWER_WORDING.noPublishedFigure(areaName(area), year);
}

/**
 * "Signpost holds no published national figure for 2009/10."
 *
 * @example
 * ```ts
 * noNationalFigure('2009/10');
 * ```
 */
export function noNationalFigure(year?: string): string {
	return ANSWER_WORDING.noNationalFigure(year);
}

/**
 * "Signpost holds no published figure for these areas in 2016/17.", said when a comparison has no figure to show.
 *
 * @example
 * ```ts
 * noComparedFigure('2016/17');
 * ```
 */
export function noComparedFigure(year?: string): string {
	return ANSWER_WORDING.noComparedFigure(year);
}

/**
 * "Signpost holds no published Online element series for Kent Police."
 *
 * @example
 * ```ts
 * noSeries('Online element', kent);
 * ```
 */
export function noSeries(measureName: string, area: Pick<Area, 'name'>): string {
	return ANSWER_WORDING.noSeries(measureName, areaName(area));
}

/**
 * "Signpost holds figures from 2011/12 to 2024/25 only." (or "no figures yet").
 *
 * @example
 * ```ts
 * yearOutsideDataset('2011/12', '2024/25');
 * ```
 */
export function yearOutsideDataset(first: string | undefined, last: string | undefined): string {
	return ANSWER_WORDING.yearOutsideDataset(first, last);
}

/**
 * How a place named became the force that polices it, said before the figures of every answer about it:
 * "Reading is policed by Thames Valley Police".
 *
 * @example
 * ```ts
 * policedBy('Reading', 'Thames Valley Police'); // "Reading is policed by Thames Valley Police"
 * ```
 */
export function policedBy(place: string, forceName: string): string {
	return ANSWER_WORDING.policedBy(place, forceName);
}

/**
 * A name Signpost does not cover, said instead of any guess at a similar name: "Jersey is policed by the States of
 * Jersey Police, which Signpost does not cover. …", or that British Transport Police polices the railways, not an
 * area.
 *
 * @example
 * ```ts
 * const jersey = outsideCoverage('Jersey');
 * if (jersey) notCovered(jersey); // "Jersey is policed by the States of Jersey Police, which Signpost does not cover. …"
 * ```
 */
export function notCovered(outside: OutsideCoverage): string {
	return ANSWER_WORDING.notCovered(outside);
}

/**
 * How a near spelling was corrected, said before the figures of every answer about it, without ever quoting what was
 * typed (a typed word can be a person's own words, and an answer may be public): "Showing Derbyshire Constabulary
 * (spelling corrected)"; with the place it was read as, "Showing Thames Valley Police for Reading (spelling
 * corrected)". Only registry and gazetteer names appear.
 *
 * @example
 * ```ts
 * showingCorrected('Derbyshire Constabulary'); // "Showing Derbyshire Constabulary (spelling corrected)"
 * showingCorrected('Thames Valley Police', 'Reading'); // "Showing Thames Valley Police for Reading (spelling corrected)"
 * ```
 */
export function showingCorrected(areaName: string, readAs?: string): string {
	return ANSWER_WORDING.showingCorrected(areaName, readAs);
}

/**
 * A year inside a series with no figure, said in its place among the years: "No figure for 2020/21".
 *
 * @example
 * ```ts
 * noFigureFor('2020/21'); // "No figure for 2020/21"
 * ```
 */
export function noFigureFor(year: string): string {
	return ANSWER_WORDING.noFigureFor(year);
}

/**
 * Why a series shows no change into a year, said after that year's figure: "change not computed: no figure for the
 * year before".
 *
 * @example
 * ```ts
 * changeNotComputed('no-figure-before'); // "change not computed: no figure for the year before"
 * ```
 */
export function changeNotComputed(reason: NoChangeReason): string {
	return ANSWER_WORDING.changeNotComputed(reason);
}

/**
 * Said when several names compared lead to one force, instead of silently showing one: "Cardiff and Swansea are both
 * policed by South Wales Police, so its figures are shown once". `names` are the gazetteer's and registry's names of
 * what was named, once each (never what was typed), the force's own name among them when it was named itself.
 *
 * @example
 * ```ts
 * sharedForce(['Cardiff', 'Swansea'], 'South Wales Police'); // "Cardiff and Swansea are both policed by South Wales Police, so its figures are shown once"
 * sharedForce(['Cardiff', 'South Wales Police'], 'South Wales Police'); // "Cardiff is policed by South Wales Police, which is also named, so its figures are shown once"
 * sharedForce(['Reading'], 'Thames Valley Police'); // "Reading, named more than once, is policed by Thames Valley Police, so its figures are shown once"
 * sharedForce(['Kent Police'], 'Kent Police'); // "The areas named all lead to Kent Police, so its figures are shown once"
 * ```
 */
export function sharedForce(names: readonly string[], force: string): string {
	return ANSWER_WORDING.sharedForce(names, force);
}

/**
 * A law's date as said: "3 April 2017" for a day, "February 2017" for a month the pages give no day of.
 *
 * @example
 * ```ts
 * lawDateText('2017-04-03'); // "3 April 2017"
 * lawDateText('2017-02'); // "February 2017"
 * ```
 */
export function lawDateText(date: string): string {
	return ANSWER_WORDING.lawDate(date);
}

/**
 * Nations as said in a sentence: "England and Wales", "England, Wales and Northern Ireland".
 *
 * @example
 * ```ts
 * nationsText(['england', 'wales']); // "England and Wales"
 * ```
 */
export function nationsText(nations: readonly Nation[]): string {
	return ANSWER_WORDING.nationsList(nations);
}

/**
 * When an offence came into force, by which law: "In force in England and Wales from 3 April 2017 (Serious Crime Act
 * 2015, section 67)."
 *
 * @example
 * ```ts
 * inForceSentence({ nations: ['england', 'wales'], from: '2017-04-03', law: 'Serious Crime Act 2015, section 67' });
 * // "In force in England and Wales from 3 April 2017 (Serious Crime Act 2015, section 67)."
 * ```
 */
export function inForceSentence(entry: InForceDate): string {
	return ANSWER_WORDING.inForce(entry);
}

/**
 * "Sexual Communication with a Child: the offence did not exist in 2015/16. It came into force in England and Wales
 * on 3 April 2017 (2017/18)." A month without a day reads "in February 2017".
 *
 * @param entry - when and where it came into force (the measure's `inForce` entry for the area's nations)
 * @param firstYear - the financial year that date falls in
 * @example
 * ```ts
 * offenceNotInForce('Sexual Communication with a Child', '2015/16', { nations: ['england', 'wales'], from: '2017-04-03' }, '2017/18');
 * // "Sexual Communication with a Child: the offence did not exist in 2015/16. It came into force in England and Wales on 3 April 2017 (2017/18)."
 * ```
 */
export function offenceNotInForce(
	measureName: string,
	year: string,
	entry: Omit<InForceDate, 'law'>,
	firstYear: string,
): string {
	return ANSWER_WORDING.offenceNotInForce(measureName, year, entry, firstYear);
}

/**
 * The answer when an area has no figure for the measure asked for, naming the measures it does have, in one
 * sentence: "No Sexual Communication with a Child figure for Staffordshire Police; figures held: Offences recorded,
 * Online element."
 *
 * @param year - the year asked for, if any
 * @example
 * ```ts
 * const staffordshire = { name: 'Staffordshire Police' };
 * noMeasureFigure('Sexual Communication with a Child', staffordshire, { names: ['Offences recorded', 'Online element'] });
 * // "No Sexual Communication with a Child figure for Staffordshire Police; figures held: Offences recorded, Online element."
 * ```
 */
export function noMeasureFigure(
	measureName: string,
	area: Pick<Area, 'name'>,
	held: FiguresHeldFor,
	year?: string,
): string {
	return ANSWER_WORDING.noMeasureFigure(measureName, areaName(area), held, year);
}

/**
 * The measures an area does hold, said after another sentence about the one it lacks (the ledger's reason): "Figures
 * held for 2019/20: Offences recorded, Online element."
 *
 * @example
 * ```ts
 * figuresHeldSentence({ names: ['Offences recorded'], year: '2019/20' }); // "Figures held for 2019/20: Offences recorded."
 * ```
 */
export function figuresHeldSentence(held: FiguresHeldFor): string {
	return ANSWER_WORDING.figuresHeld(held);
}

/**
 * The line listing the years held: "Years held: 2014/15, 2015/16."
 *
 * @example
 * ```ts
 * yearsHeldLine(['2014/15', '2015/16']); // "Years held: 2014/15, 2015/16."
 * ```
 */
export function yearsHeldLine(years: readonly string[]): string {
	return ANSWER_WORDING.yearsHeld(years);
}

/**
 * The line offering areas: "Did you mean: Derbyshire Constabulary, Devon and Cornwall Police?"
 *
 * @example
 * ```ts
 * suggestionsLine(['Derbyshire Constabulary']);
 * ```
 */
export function suggestionsLine(names: readonly string[]): string {
	return ANSWER_WORDING.suggestions(names);
}

/**
 * The coverage notes said beside a figure: part of a year, how many forces gave data, which forces a total leaves
 * out, whether it counts only cases where a detail was recorded, and whether it counts only victims under an age;
 * in the words of `words` (English by default).
 *
 * @param names - the registry name of each excluded area id
 * @param words - the wording table to say them in (`WELSH_WORDING` for Welsh)
 * @example
 * ```ts
 * coverageNotes({ forces: { gave: 41, of: 44 } }, () => ''); // ["41 of 44 forces gave data"]
 * ```
 */
export function coverageNotes(
	coverage:
		| {
				partYear?: string | undefined;
				forces?: { gave: number; of?: number | undefined } | undefined;
				excluding?: readonly string[] | undefined;
				knownOnly?: 'age' | 'sex' | 'platform' | undefined;
				victimsUnder?: number | undefined;
		  }
		| undefined,
	names: (id: string) => string,
	words: Pick<WordingTable, 'coverage'> = ANSWER_WORDING,
): string[] {
	if (!coverage) return [];
	const say = words.coverage;
	const notes: string[] = [];
	if (coverage.partYear) notes.push(say.partYear(coverage.partYear));
	if (coverage.forces)
		notes.push(
			coverage.forces.of ? say.forcesOf(coverage.forces.gave, coverage.forces.of) : say.forces(coverage.forces.gave),
		);
	if (coverage.excluding?.length) notes.push(say.excluding(coverage.excluding.map(names)));
	if (coverage.knownOnly) notes.push(say.knownOnly[coverage.knownOnly]);
	if (coverage.victimsUnder) notes.push(say.victimsUnder(coverage.victimsUnder));
	return notes;
}

/**
 * A nation's name: "Northern Ireland" for `northern-ireland` (in Welsh: `WELSH_ANSWER_WORDING.nations`).
 *
 * @example
 * ```ts
 * nationName('northern-ireland'); // "Northern Ireland"
 * ```
 */
export function nationName(nation: Nation): string {
	return ANSWER_WORDING.nations[nation];
}

/** The counts a dataset's one-line summary gives: its version, figures, sources and forces with a figure. */
export interface DatasetCounts {
	readonly version: string;
	readonly figureCount: number;
	readonly sourceCount: number;
	readonly forcesWithFigures: number;
	readonly forcesTotal: number;
}

/**
 * The dataset in one line, as the bot's /about, the CLI's `coverage` and the docs say it, in the table's language
 * (English by default): "Dataset version 2026-12-04: 563 figures from 222 sources, 37 of 45 police forces with at
 * least one figure."
 *
 * @example
 * ```ts
 * datasetLine(getCoverage(dataset));
 * ```
 */
export function datasetLine(
	counts: DatasetCounts,
	say: Pick<typeof REPLY_WORDING.about, 'dataset'> = REPLY_WORDING.about,
): string {
	return say.dataset(
		counts.version,
		counts.figureCount,
		counts.sourceCount,
		counts.forcesWithFigures,
		counts.forcesTotal,
	);
}
