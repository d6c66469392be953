import type { NoChangeReason, NotFoundReason } from '../answer/answer.js';
import type { Area, Nation } from '../schema/area.js';
import type { Source } from '../schema/source.js';

/**
 * Every sentence, heading and name Signpost writes around its figures, in one place. The bot, the SDK and CLI, and
 * the docs use these instead of their own copies, so an answer reads the same on every surface.
 *
 * @example
 * ```ts
 * WORDING.headings.caveats; // "About these figures"
 * ```
 */
export const WORDING = {
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
		/** The short form of {@link WORDING.headings.claims}, where space is tight (the bot's button). */
		claimsShort: 'What the sources say',
		conflicts: 'Where the sources disagree',
		caveats: 'About these figures',
		help: 'Get help',
		national: 'National figures',
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
	noChangeReasons: {
		'no-figure-before': 'no figure for the year before',
		disputed: 'the sources disagree about this year or the year before',
		'different-releases': 'the two years come from different releases, and no source compares them',
		'part-year': 'one of the two figures covers part of the year only',
		'different-forces': 'the two years count different sets of forces',
		'not-exact': 'one of the two figures is not an exact count',
		'low-confidence': 'one of the two figures is less certain',
		'not-a-total': 'changes are computed for totals of police-recorded offences only',
		'zero-before': 'the year before is zero, so no percentage can be worked out',
	} satisfies Record<NoChangeReason, string>,
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
	},
} as const;

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
 * A source's publication date as shown: "2018-03-14", or "date not shown".
 *
 * @example
 * ```ts
 * publishedText({ published: 'not-shown' }); // "date not shown"
 * ```
 */
export function publishedText(source: Pick<Source, 'published'>): string {
	return source.published === 'not-shown' ? WORDING.dateNotShown : source.published;
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
	return `Signpost holds no published figure for ${areaName(area)}${year ? ` for ${year}` : ''}.`;
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
	return `Signpost holds no published national figure${year ? ` for ${year}` : ''}.`;
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
	return `Signpost holds no published figure for these areas${year ? ` in ${year}` : ''}.`;
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
	return `Signpost holds no published ${measureName} series for ${areaName(area)}.`;
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
	return `Signpost holds ${first && last ? `figures from ${first} to ${last} only` : 'no figures yet'}.`;
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
	return `${place} is policed by ${forceName}`;
}

/**
 * A place policed by a force Signpost does not cover: "Jersey is policed by the States of Jersey Police, which
 * Signpost does not cover." Said instead of any guess at a similar name.
 *
 * @example
 * ```ts
 * notCovered('Jersey', 'the States of Jersey Police');
 * ```
 */
export function notCovered(place: string, force: string): string {
	const name = place.charAt(0).toUpperCase() + place.slice(1);
	return `${name} is policed by ${force}, which Signpost does not cover. Signpost holds figures for the police forces of England, Wales, Scotland and Northern Ireland.`;
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
	return `Showing ${areaName}${readAs ? ` for ${readAs}` : ''} (spelling corrected)`;
}

const MONTH_NAMES = [
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

/**
 * A year inside a series with no figure, said in its place among the years: "No figure for 2020/21".
 *
 * @example
 * ```ts
 * noFigureFor('2020/21'); // "No figure for 2020/21"
 * ```
 */
export function noFigureFor(year: string): string {
	return `No figure for ${year}`;
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
	return `change not computed: ${WORDING.noChangeReasons[reason]}`;
}

/** "A and B", "A, B and C". */
function joinAnd(names: readonly string[]): string {
	return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
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
	const month = MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? '';
	const day = date.length > 7 ? `${Number(date.slice(8, 10))} ` : '';
	return `${day}${month} ${date.slice(0, 4)}`;
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
	const names = nations.map(nationName);
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** When an offence came into force, as a measure's data holds it. */
interface InForceDate {
	readonly nations: readonly Nation[];
	/** "2017-04-03", or "2017-02" where no page gives the day. */
	readonly from: string;
	/** The law that created it there. */
	readonly law: string;
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
	return `In force in ${nationsText(entry.nations)} from ${lawDateText(entry.from)} (${entry.law}).`;
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
	const when = `${entry.from.length > 7 ? 'on' : 'in'} ${lawDateText(entry.from)}`;
	return `${measureName}: the offence did not exist in ${year}. It came into force in ${nationsText(entry.nations)} ${when} (${firstYear}).`;
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

/** "figures held: A, B", "figures held for 2019/20: A", "figures held for other years: A". */
function figuresHeldClause(held: FiguresHeldFor): string {
	const when = held.year ? ` for ${held.year}` : held.otherYears ? ' for other years' : '';
	return `figures held${when}: ${held.names.join(', ')}`;
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
	return `No ${measureName} figure for ${areaName(area)}${year ? ` for ${year}` : ''}; ${figuresHeldClause(held)}.`;
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
	const clause = figuresHeldClause(held);
	return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
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
	return `Years held: ${years.join(', ')}.`;
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
	return `Did you mean: ${names.join(', ')}?`;
}

const KNOWN_WORDS = { age: 'the victim’s age', sex: 'the victim’s sex', platform: 'the platform' } as const;

/**
 * The coverage notes said beside a figure: part of a year, how many forces gave data, which forces a total leaves
 * out, whether it counts only cases where a detail was recorded, and whether it counts only victims under an age.
 *
 * @param names - the registry name of each excluded area id
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
): string[] {
	if (!coverage) return [];
	const notes: string[] = [];
	if (coverage.partYear) notes.push(`part of the year only: ${coverage.partYear}`);
	if (coverage.forces)
		notes.push(
			coverage.forces.of
				? `${coverage.forces.gave} of ${coverage.forces.of} forces gave data`
				: `${coverage.forces.gave} forces gave data`,
		);
	if (coverage.excluding?.length) notes.push(`excluding ${coverage.excluding.map(names).join(' and ')}`);
	if (coverage.knownOnly) notes.push(`only where ${KNOWN_WORDS[coverage.knownOnly]} was recorded`);
	if (coverage.victimsUnder) notes.push(`offences against children under ${coverage.victimsUnder}, as reported`);
	return notes;
}

const NATION_NAMES = {
	england: 'England',
	wales: 'Wales',
	scotland: 'Scotland',
	'northern-ireland': 'Northern Ireland',
} as const satisfies Record<Nation, string>;

/**
 * A nation's name: "Northern Ireland" for `northern-ireland`.
 *
 * @example
 * ```ts
 * nationName('northern-ireland'); // "Northern Ireland"
 * ```
 */
export function nationName(nation: Nation): string {
	return NATION_NAMES[nation];
}
