import type { AreaResolutionNote } from '../area/area-resolution-note.js';
import type { OutsideCoverage } from '../area/outside-coverage.js';
import { helpSelectionFor } from '../person/help-for-concerns.js';
import type { PersonConcern, PersonLanguage } from '../person/person-concern.js';
import type { Area } from '../schema/area.js';
import type { Measure } from '../schema/measure.js';
import type { YearId } from '../schema/period-id.js';
import { type HelpSelection, type Signposting, selectHelp } from '../signposting/signposting.js';
import { CAVEATS, type CaveatKey } from '../text/caveats.js';
import type { ClaimView } from './claim-view.js';
import type { ConflictView, FigureView } from './figure-view.js';
import type { MeasureGroup } from './measure-group.js';

/** A change between two years, computed by Signpost from two cited counts. */
export interface ComputedChange {
	readonly from: FigureView;
	readonly to: FigureView;
	/** Unrounded percentage change. */
	readonly percent: number;
	/** Always true: this number is worked out by Signpost, not stated by a source. */
	readonly computed: true;
}

/**
 * Two consecutive years shown side by side without a computed change, because no one source carries both and no
 * source compares them (Kent 2013/14 from a 2015 article, 2014/15 from a 2017 one).
 */
export interface NotComparedPair {
	readonly from: FigureView;
	readonly to: FigureView;
	/** A short note saying why no change is computed. */
	readonly reason: string;
}

/**
 * Why a series computes no change into a year from the year before (each said by `WORDING.noChangeReasons`):
 * - `no-figure-before`: the year before has no figure;
 * - `disputed`: the sources disagree about either year;
 * - `different-releases`, `part-year`, `different-forces`: as for a {@link NotComparedPair};
 * - `not-exact`: either figure is qualified ("more than 3,200") or is not a count;
 * - `low-confidence`: either figure was rebuilt from a flattened table;
 * - `not-a-total`: the series is of a breakdown or of a measure that is not police-recorded offences;
 * - `zero-before`: the year before is zero, so no percentage can be worked out.
 */
export type NoChangeReason =
	| 'no-figure-before'
	| 'disputed'
	| 'different-releases'
	| 'part-year'
	| 'different-forces'
	| 'not-exact'
	| 'low-confidence'
	| 'not-a-total'
	| 'zero-before';

/** A year of a series with no change computed from the year before, and why. */
export interface NoChange {
	readonly year: YearId;
	readonly reason: NoChangeReason;
}

/** The conflicts among the figures an answer shows. */
export interface ConflictsShown {
	/** Every conflict among the figures shown, once each. */
	readonly conflicts: readonly ConflictView[];
}

/** What the sources say about the figures an answer shows: their own claims, with Signpost's check, and their conflicts. */
export interface SourcesSay extends ConflictsShown {
	/** The sources' own claims about the figures shown, each with Signpost's check. */
	readonly claims: readonly ClaimView[];
}

/**
 * Everything held for one area and year, in the order an answer reads: the headline measure, the latest figures of
 * other measures (each with its own year), context figures that are not police-recorded, figures over several years,
 * changes, the sources' own claims with Signpost's check, and the conflicts among the figures shown. A renderer can
 * page by these sections.
 */
export interface AreaYearData extends SourcesSay {
	readonly area: Area;
	/** The headline year: the year asked for, or the latest year that holds the area's headline measure. */
	readonly year: YearId;
	/** The headline measure's figures for the year (offences recorded where held), or `null` when it has none. */
	readonly headline: MeasureGroup | null;
	/**
	 * Other police-recorded measures: for the year asked for, or (no year given) each measure's latest year held.
	 */
	readonly otherMeasures: readonly MeasureGroup[];
	/** Context figures that are not police-recorded (Speak Out. Stay Safe, Childline contacts, platform counts). */
	readonly context: readonly MeasureGroup[];
	/** Every figure in the groups above, in the same order (headline, other measures, context). */
	readonly figures: readonly FigureView[];
	/** Figures for spans of years that end in this year ("2017/18-2022/23"). */
	readonly spanFigures: readonly FigureView[];
	/** Caveats of the span figures' measures not already said with a group above. */
	readonly spanCaveats: readonly string[];
	/**
	 * Changes to `year` from the year before, where both years are held, undisputed and made comparable by the sources
	 * (one source carries both, or a source states the change between them). Only changes ending in `year`: another
	 * measure's change to its own latest year is in {@link AreaYearData.otherChanges}.
	 */
	readonly changes: readonly ComputedChange[];
	/** The year before `year`, from a different release: shown beside this year's, with no change computed. */
	readonly notCompared: readonly NotComparedPair[];
	/**
	 * The year before `year`, where the sources disagree about it: no change is computed from them, and they are shown
	 * so the disagreement stays visible (Derbyshire 2015/16: 983 and 166).
	 */
	readonly disputedPrevious: readonly FigureView[];
	/**
	 * Changes to other measures' latest figures that end in another year than `year` (no year asked for): said with
	 * those measures, naming both years, never under the heading's "change from the previous year".
	 */
	readonly otherChanges: readonly ComputedChange[];
	/** Previous years of other measures' latest figures, from a different release: said with those measures. */
	readonly otherNotCompared: readonly NotComparedPair[];
	/** Previous years of other measures' latest figures that the sources disagree about: said with those measures. */
	readonly otherDisputedPrevious: readonly FigureView[];
	/** Every year with figures for this area, oldest first, span end years included. */
	readonly yearsHeld: readonly YearId[];
	/**
	 * With no year asked for: the years after `year` that later releases asked the force about for the headline
	 * measure, where Signpost holds no figure of it (`laterYearsWithout`), so an answer led by an old year says later
	 * years were looked for. Empty when a year was asked for, and for areas other than forces.
	 */
	readonly laterYearsWithout: readonly YearId[];
}

/** One year of a series. More than one figure means the sources disagree for that year. */
export interface SeriesPoint {
	readonly year: YearId;
	readonly figures: readonly FigureView[];
	/** True when a figure of this year covers part of the year only: a chart must mark it. */
	readonly partYear: boolean;
}

/** A measure's yearly figures for an area. */
export interface SeriesData extends SourcesSay {
	readonly area: Area;
	readonly measure: Measure;
	readonly points: readonly SeriesPoint[];
	/** The measure's caveats that apply to the area. */
	readonly measureCaveats: readonly string[];
	/** Year-on-year changes between adjacent held years that the sources make comparable, computed. */
	readonly changes: readonly ComputedChange[];
	/** Adjacent held years from different releases: no change computed between them, and why. */
	readonly notCompared: readonly NotComparedPair[];
	/** Years between the first and the last held with no figure, oldest first: "No figure for 2017/18". */
	readonly missingYears: readonly YearId[];
	/**
	 * Every year after the first with no change computed from the year before, and why (a pair in `notCompared`
	 * included): "change not computed: no figure for the year before".
	 */
	readonly noChange: readonly NoChange[];
	/**
	 * With no `to` year and no breakdown asked for: the years after the last held that later releases asked the force
	 * about for the measure, where Signpost holds no figure of it (`laterYearsWithout`), so a trend that stops early
	 * says later years were looked for. Empty for areas other than forces.
	 */
	readonly laterYearsWithout: readonly YearId[];
}

/**
 * A force that more than one of the names compared leads to (Cardiff and Swansea: South Wales Police), shown once,
 * with what was named: an answer says so instead of silently showing one force.
 */
export interface SharedForce {
	readonly area: Area;
	/**
	 * What was named, as the gazetteer and registry write it, once each, in the order named: a place's own name
	 * ("Cardiff", also when "Caerdydd" was typed), or the area's name when it was named itself. Never what was typed.
	 */
	readonly names: readonly string[];
	/** The inputs that led to it, as paths: `areas.0`, `areas.1`. */
	readonly inputs: readonly string[];
}

/** Two or more areas side by side for one year. */
export interface ComparisonData extends ConflictsShown {
	readonly year: YearId;
	readonly measure: Measure;
	readonly rows: readonly { readonly area: Area; readonly figures: readonly FigureView[] }[];
	/**
	 * How each name asked about became its area, in the order named (`areas.1` is the second): a place such as
	 * "Reading" says it is policed by Thames Valley Police, a corrected spelling says so. Names naming one area twice
	 * each keep their own.
	 */
	readonly resolutions: readonly AreaResolutionNote[];
	/** Each force that more than one name led to, shown once: "Cardiff and Swansea are both policed by ...". */
	readonly sharedForces: readonly SharedForce[];
	/** The measure's caveats that apply to the areas compared. */
	readonly measureCaveats: readonly string[];
}

/** National and UK-wide figures for a year. */
export interface NationalData extends SourcesSay {
	readonly year: YearId;
	/** Every national figure for the year: UK first, then by measure. */
	readonly figures: readonly FigureView[];
	/** The same figures by measure, with each measure's caveats beside them. */
	readonly groups: readonly MeasureGroup[];
	readonly yearsHeld: readonly YearId[];
}

/** What kind of question an answer answers. */
export type AnswerKind = 'figures' | 'series' | 'compare' | 'national';

/** Why there is no figure to give. Every reason is a correct answer, never a guess. */
export type NotFoundReason =
	| 'invalid-query'
	| 'unknown-area'
	| 'ambiguous-area'
	| 'unknown-measure'
	| 'invalid-year'
	| 'ambiguous-year'
	| 'year-outside-dataset'
	| 'no-published-figure'
	| 'offence-not-in-force';

/** The measures an area holds where it has no figure for the one asked for ({@link NotFoundAnswer.measuresHeld}). */
export interface MeasuresHeld {
	/** Each measure held, by id and short name, in the dataset's order. */
	readonly measures: readonly { readonly id: string; readonly name: string }[];
	/** The year they are held for, where a year was asked and the area holds figures for it. */
	readonly year?: YearId | undefined;
	/** True when a year was asked and the area holds these only for other years. */
	readonly otherYears: boolean;
}

/** An area offered when the name given matched none exactly, or one of the choices for a name that means several. */
export interface Suggestion {
	readonly id: string;
	/** The area's short name: typed back, it resolves to this area. */
	readonly name: string;
	/** Which place this choice is for, when several places share the name ("Newport (Isle of Wight)"). */
	readonly detail?: string;
}

interface AnswerBase {
	/** The help lines. Required: no answer exists without them. */
	readonly help: Signposting;
	/**
	 * The answer's one set of standing caveats, as sentences, each said once (measure caveats sit with the figures
	 * they qualify). Empty when no figure is shown.
	 */
	readonly caveats: readonly string[];
	/**
	 * How the name asked about became the answer's area (exact, alias, a place it polices, or a corrected spelling),
	 * with the sentence to show. Set on answers about one named area.
	 */
	readonly resolution?: AreaResolutionNote;
}

/** A question answered with figures. */
export interface FoundAnswer<Kind extends AnswerKind, Data> extends AnswerBase {
	readonly status: 'found';
	readonly kind: Kind;
	readonly data: Data;
}

/** A question with no figure to give, with the reason, and suggestions where they help. */
export interface NotFoundAnswer<Kind extends AnswerKind = AnswerKind> extends AnswerBase {
	readonly status: 'not-found';
	readonly kind: Kind;
	readonly reason: NotFoundReason;
	/** A plain sentence saying what is missing. Never echoes what the user typed. */
	readonly message: string;
	readonly suggestions: readonly Suggestion[];
	/** Years that are held, where that helps the user ask again. */
	readonly yearsHeld: readonly YearId[];
	/**
	 * Where an area holds no figure for the measure asked for: the measures it does hold (for the year asked, where it
	 * holds any that year), so a surface can offer them. The message already names them.
	 */
	readonly measuresHeld?: MeasuresHeld | undefined;
	/**
	 * Where the name asked about is one Signpost does not cover (Jersey, British Transport Police): what it is, so a
	 * surface in another language can say it (`wordingFor('cy').notCovered`). The message already says it.
	 */
	readonly outside?: OutsideCoverage | undefined;
	/**
	 * Which part of the query the answer is about, as a path: `area`, `year`, `measure`, `areas.1` (the second area
	 * named). Absent when no one input is at fault (no published figure).
	 */
	readonly input?: string | undefined;
}

/**
 * What was typed reads as a person speaking, not a query: the answer is help, first and only. No figure, no "not
 * found", no suggestion, no caveat, and never the words typed.
 */
/**
 * What was typed at `input` reads as a person speaking: the help that fits, first, and nothing else. A query's
 * {@link HelpFirstAnswer} is this with the query's kind; a lookup that is not a query (an area search, a place's
 * force) answers with this alone.
 */
export interface PersonSpeaking {
	readonly status: 'help-first';
	/** What the person may be telling Signpost, danger first; picks the service that fits. */
	readonly concerns: readonly PersonConcern[];
	/** The language of the words that read as a person: a surface answers in it where it can. */
	readonly language: PersonLanguage;
	/** Which input read as a person, as a path: `area`, `areas.1`, `measure`, `year`, `from`, `to`. Never its text. */
	readonly input: string;
	/** The help lines for what they said. Required: no reply exists without them. */
	readonly help: Signposting;
}

/** A query whose free text reads as a person speaking: help first, no figures, no caveats. */
export interface HelpFirstAnswer<Kind extends AnswerKind = AnswerKind> extends AnswerBase, PersonSpeaking {
	readonly kind: Kind;
}

/** The answer to a figures question. */
export type FiguresAnswer =
	| FoundAnswer<'figures', AreaYearData>
	| NotFoundAnswer<'figures'>
	| HelpFirstAnswer<'figures'>;
/** The answer to a series question. */
export type SeriesAnswer = FoundAnswer<'series', SeriesData> | NotFoundAnswer<'series'> | HelpFirstAnswer<'series'>;
/** The answer to a comparison question. */
export type CompareAnswer =
	| FoundAnswer<'compare', ComparisonData>
	| NotFoundAnswer<'compare'>
	| HelpFirstAnswer<'compare'>;
/** The answer to a national question. */
export type NationalAnswer =
	| FoundAnswer<'national', NationalData>
	| NotFoundAnswer<'national'>
	| HelpFirstAnswer<'national'>;
/** Any answer. */
export type Answer = FiguresAnswer | SeriesAnswer | CompareAnswer | NationalAnswer;

/** Options every query takes: who is asking, and about what, to choose the help shown. */
export interface AnswerOptions {
	help?: HelpSelection | undefined;
}

/** Caveats per figure list (a cached query body passes the same list every time), then per extra keys. */
const caveatsCache = new WeakMap<readonly FigureView[], Map<string, readonly string[]>>();

function caveatsFor(figures: readonly FigureView[], extra: readonly CaveatKey[]): readonly string[] {
	let byExtra = caveatsCache.get(figures);
	if (!byExtra) {
		byExtra = new Map();
		caveatsCache.set(figures, byExtra);
	}
	const key = extra.join('|');
	let caveats = byExtra.get(key);
	if (!caveats) {
		caveats = Object.freeze(buildCaveats(figures, extra));
		byExtra.set(key, caveats);
	}
	return caveats;
}

function buildCaveats(figures: readonly FigureView[], extra: readonly CaveatKey[]): string[] {
	const keys = new Set<CaveatKey>(['notVictims', 'recordingAndReporting', 'undercount', ...extra]);
	if (figures.some((f) => f.ageBand)) keys.add('ageBands');
	if (figures.some((f) => f.lowConfidence)) keys.add('lowConfidence');
	return [...keys].map((key) => CAVEATS[key]);
}

/**
 * Builds a found answer. The help lines are attached here, so no answer with figures can leave them out.
 *
 * @example
 * ```ts
 * const answer = found('figures', data, data.figures, {});
 * answer.help.services[0].phone; // "0800 1111"
 * ```
 */
export function found<Kind extends AnswerKind, Data>(
	kind: Kind,
	data: Data,
	figures: readonly FigureView[],
	options: AnswerOptions & { caveats?: readonly CaveatKey[] },
): FoundAnswer<Kind, Data> {
	return {
		status: 'found',
		kind,
		data,
		help: selectHelp(options.help),
		caveats: caveatsFor(figures, options.caveats ?? []),
	};
}

/**
 * Builds a not-found answer. The help lines are attached here too, so "no figure" still carries them.
 *
 * @example
 * ```ts
 * notFound('figures', 'unknown-area', 'No area matches that name.', {}).help.services[1].phone; // "0808 800 5000"
 * ```
 */
export function notFound<Kind extends AnswerKind>(
	kind: Kind,
	reason: NotFoundReason,
	message: string,
	options: AnswerOptions & {
		suggestions?: readonly Suggestion[];
		yearsHeld?: readonly YearId[];
		input?: string;
		measuresHeld?: MeasuresHeld | undefined;
		outside?: OutsideCoverage | undefined;
	},
): NotFoundAnswer<Kind> {
	return {
		status: 'not-found',
		kind,
		reason,
		message,
		...(options.input === undefined ? {} : { input: options.input }),
		...(options.measuresHeld === undefined ? {} : { measuresHeld: options.measuresHeld }),
		...(options.outside === undefined ? {} : { outside: options.outside }),
		suggestions: options.suggestions ?? [],
		yearsHeld: options.yearsHeld ?? [],
		help: selectHelp(options.help),
		// No figure is shown, so no caveat about figures applies.
		caveats: [],
	};
}

/**
 * Builds a help-first answer: what was typed at `input` reads as a person speaking. The help is chosen for what they
 * said (their own thoughts add Stop It Now, harm online adds CEOP) and attached here, so it cannot be left out; the
 * text typed is not taken, so it cannot be repeated.
 *
 * @example
 * ```ts
 * const answer = helpFirst('figures', { concerns: ['danger'], language: 'en' }, 'area', {});
 * answer.help.services[2].phone; // "999"
 * ```
 */
export function helpFirst<Kind extends AnswerKind>(
	kind: Kind,
	reading: { readonly concerns: readonly PersonConcern[]; readonly language: PersonLanguage },
	input: string,
	options: AnswerOptions,
): HelpFirstAnswer<Kind> {
	const { status, ...speaking } = personSpeaking(reading, input, options);
	return { status, kind, ...speaking, caveats: [] };
}

/**
 * The help-first reply without a query's kind, for lookups that are not queries (an area search, a place's force):
 * the help is chosen for what the person said and attached here, and the text typed is not taken.
 *
 * @example
 * ```ts
 * personSpeaking({ concerns: ['suicide-or-self-harm'], language: 'en' }, 'text', {}).help.services[3]?.phone; // "116 123"
 * ```
 */
export function personSpeaking(
	reading: { readonly concerns: readonly PersonConcern[]; readonly language: PersonLanguage },
	input: string,
	options: AnswerOptions,
): PersonSpeaking {
	return {
		status: 'help-first',
		concerns: reading.concerns,
		language: reading.language,
		input,
		help: selectHelp(helpSelectionFor(reading.concerns, options.help, reading.language)),
	};
}
