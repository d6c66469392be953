import {
	ANSWER_WORDING,
	type AnswerKind,
	AnswerOptionsSchema,
	AreaTextSchema,
	areaByOnsCode,
	areaHierarchy,
	CompareQuerySchema,
	compareAreas,
	type Dataset,
	type FiguresAnswer,
	FiguresQuerySchema,
	getCoverage,
	getFigures,
	getNational,
	getSeries,
	NationalQuerySchema,
	type NotFoundAnswer,
	notFound,
	OnsCodeSchema,
	type PersonSpeaking,
	personIn,
	personOrQuery,
	resolveArea,
	SearchOptionsSchema,
	SearchTextSchema,
	SeriesQuerySchema,
	type Signposting,
	searchAreas,
	selectHelp,
	YearsFilterSchema,
	yearsHeld,
} from '@signpost-uk/domain';
import type * as z from 'zod/mini';
import { getHelplines } from '../help/get-helplines.js';
import { deepFreeze } from './deep-freeze.js';
import { measureId } from './measure-id.js';
import { optionInputs, textInputs } from './person-inputs.js';
import { readBreakdown } from './read-breakdown.js';
import { helpFrom, readInput } from './read-input.js';
import type { AreaHierarchyResult, AreaLookupResult, AreaSearchResult, YearsResult } from './results.js';
import type { Signpost } from './signpost.js';
import { SignpostInputError } from './signpost-input-error.js';

const DEFAULT_SEARCH_LIMIT = 10;

/** Where an argument could not be read, and the sentence that says so. */
type InputFailure = { readonly input: string; readonly message: string };

/** The not-found answer for input that cannot be read, with the help the options chose where they could be read. */
function invalidQuery<Kind extends AnswerKind>(
	kind: Kind,
	failure: { input: string; message: string },
	options: unknown,
): NotFoundAnswer<Kind> {
	return deepFreeze(
		notFound(kind, 'invalid-query', failure.message, { help: helpFrom(options), input: failure.input }),
	);
}

/**
 * The help-first answer when any free text of a query, as it arrived, reads as a person speaking: checked before the
 * query's schema, so a message too long or oddly shaped for it still gets help first, never "cannot read".
 */
function personAsking<Kind extends AnswerKind>(kind: Kind, query: unknown, options: unknown) {
	const answer = personOrQuery(kind, [...textInputs(query), ...optionInputs(options)], { help: helpFrom(options) });
	return answer && deepFreeze(answer);
}

/**
 * One answer call's boundary, the same for every query: help first when any of its text, as it arrived, reads as a
 * person speaking; then the query and the options read against their schemas; then `answer` with the query's value,
 * frozen. Input that cannot be read, here or in `answer` (through `fail`), answers `invalid-query` with the help.
 */
function answerQuery<Kind extends AnswerKind, S extends z.ZodMiniType, A>(
	kind: Kind,
	schema: S,
	query: unknown,
	options: unknown,
	answer: (value: z.output<S>, fail: (failure: InputFailure) => NotFoundAnswer<Kind>) => A,
): A | NotFoundAnswer<Kind> | NonNullable<ReturnType<typeof personAsking<Kind>>> {
	const person = personAsking(kind, query, options);
	if (person) return person;
	const q = readInput(schema, query, 'query');
	const o = readInput(AnswerOptionsSchema, options, 'options');
	if (!q.ok) return invalidQuery(kind, q, options);
	if (!o.ok) return invalidQuery(kind, o, options);
	return deepFreeze(answer(q.value, (failure) => invalidQuery(kind, failure, options)));
}

/** A lookup's answer for an argument that could not be read: `invalid-query`, naming it, with the lookup's empty lists. */
type InvalidLookup<Empty> = Empty & {
	readonly status: 'not-found';
	readonly reason: 'invalid-query';
	readonly input: string;
	readonly message: string;
	readonly help: Signposting;
};

/**
 * One lookup's boundary, the same for every lookup that is not a query (a search, a code, a place's force, the years
 * held): help first, alone, when its text or options, as they arrived, read as a person speaking; then the text and
 * the options read against their schemas, where a failure answers `invalid-query` with `empty` (the lookup's empty
 * lists) and the help; then `answer` with both values and the help, frozen.
 */
function lookUp<S extends z.ZodMiniType, O extends z.ZodMiniType, Empty extends object, A>(
	text: { readonly value: unknown; readonly path: string; readonly schema: S },
	options: { readonly value: unknown; readonly schema: O },
	empty: Empty,
	answer: (value: z.output<S>, options: z.output<O>, help: Signposting) => A,
): A | InvalidLookup<Empty> | PersonSpeaking {
	const person = personIn([...textInputs(text.value, text.path), ...optionInputs(options.value)], {
		help: helpFrom(options.value),
	});
	if (person) return deepFreeze(person);
	const help = selectHelp(helpFrom(options.value));
	const invalid = ({ input, message }: InputFailure): InvalidLookup<Empty> =>
		deepFreeze({ ...empty, status: 'not-found', reason: 'invalid-query', input, message, help });
	const t = readInput(text.schema, text.value, text.path);
	const o = readInput(options.schema, options.value, 'options');
	if (!t.ok) return invalid(t);
	if (!o.ok) return invalid(o);
	return deepFreeze(answer(t.value, o.value, help));
}

/** The years held for an area, a measure, both or neither; or which of them Signpost does not know. */
function yearsFor(
	dataset: Dataset,
	filter: { readonly area?: string | null | undefined; readonly measure?: string | null | undefined },
	help: Signposting,
): YearsResult {
	const resolved = filter.area == null ? undefined : resolveArea(dataset, filter.area);
	if (resolved?.status === 'not-found') {
		const { reason, message, suggestions } = resolved;
		return { status: 'not-found', reason, input: 'filter.area', message, suggestions, help };
	}
	const id = measureId(dataset, filter.measure ?? undefined);
	const measure = id ? dataset.measures.find((m) => m.id === id) : undefined;
	if (id && !measure) {
		const suggestions = dataset.measures.map((m) => ({ id: m.id, name: m.shortName }));
		return {
			status: 'not-found',
			reason: 'unknown-measure',
			input: 'filter.measure',
			message: ANSWER_WORDING.notFound.unknownMeasure,
			suggestions,
			help,
		};
	}
	const area = resolved?.area;
	return { status: 'found', years: yearsHeld(dataset, { area: area?.id, measure: measure?.id }), area, help };
}

/** Options that only choose the help shown: read, or a {@link SignpostInputError} when they cannot be. */
function helpOnly(options: unknown) {
	const reading = readInput(AnswerOptionsSchema, options, 'options');
	if (!reading.ok) throw new SignpostInputError(reading.input, reading.message);
	return selectHelp(helpFrom(options));
}

/** `searchAreas` over one dataset. */
function searchAreasIn(dataset: Dataset, text: unknown, options: unknown): AreaSearchResult {
	const input = { value: text, path: 'text', schema: SearchTextSchema };
	return lookUp(input, { value: options, schema: SearchOptionsSchema }, { areas: [] as const }, (t, o, help) => {
		const areas = searchAreas(dataset, t, o?.limit ?? DEFAULT_SEARCH_LIMIT);
		if (areas.length > 0) return { status: 'found', areas, help };
		const message = ANSWER_WORDING.notFound.noAreaSearchMatch;
		return { status: 'not-found', reason: 'no-match', message, areas: [] as const, help };
	});
}

/** `findAreaByOnsCode` over one dataset. A person's words typed where a code goes get help first, not "not a code". */
function findAreaByOnsCodeIn(dataset: Dataset, code: unknown, options: unknown): AreaLookupResult {
	const input = { value: code, path: 'code', schema: OnsCodeSchema };
	return lookUp(input, { value: options, schema: AnswerOptionsSchema }, {}, (c, _o, help) => {
		const area = areaByOnsCode(dataset, c);
		if (area) return { status: 'found', area, help };
		return { status: 'not-found', reason: 'unknown-area', message: ANSWER_WORDING.notFound.unknownOnsCode, help };
	});
}

/** `getAreaHierarchy` over one dataset. */
function getAreaHierarchyIn(dataset: Dataset, text: unknown, options: unknown): AreaHierarchyResult {
	const input = { value: text, path: 'area', schema: AreaTextSchema };
	return lookUp(input, { value: options, schema: AnswerOptionsSchema }, { suggestions: [] }, (t, _o, help) => {
		// A nation named as such is the nation here, not the force that holds its figures (Scotland, not Police Scotland).
		const wanted = t.trim().toLowerCase();
		const named =
			(/^[ew]\d{8}$/.test(wanted) ? areaByOnsCode(dataset, wanted) : undefined) ??
			dataset.areas.find(
				(a) => a.kind === 'nation' && [a.id, a.name, a.shortName, ...a.aliases].some((n) => n.toLowerCase() === wanted),
			);
		const resolved = named ? { status: 'found' as const, area: named } : resolveArea(dataset, t);
		if (resolved.status === 'not-found') {
			const { reason, message, suggestions } = resolved;
			return { status: 'not-found', reason, input: 'area', message, suggestions, help };
		}
		return { status: 'found', ...areaHierarchy(dataset, resolved.area), help };
	});
}

/**
 * `getFigures` over one dataset, already frozen: its own function, not only a method of {@link bindSignpost}'s object,
 * so an app that calls `getFigures` alone bundles this path without the other queries.
 *
 * @param dataset - a validated dataset, deeply frozen
 * @param query - the query as it arrived
 * @param options - the options as they arrived
 * @returns the answer, frozen
 * @example
 * ```ts
 * getFiguresIn(deepFreeze(getBundledDataset()), { area: 'Derbyshire' });
 * ```
 */
export function getFiguresIn(dataset: Dataset, query: unknown, options: unknown): FiguresAnswer {
	return answerQuery('figures', FiguresQuerySchema, query, options, ({ area, year, measure, breakdown }, fail) => {
		const b = readBreakdown(dataset, breakdown, 'query.breakdown');
		if (!b.ok) return fail(b);
		const q = { area, year: year ?? undefined, measure: measureId(dataset, measure ?? undefined), breakdown: b.value };
		return getFigures(dataset, q, { help: helpFrom(options) });
	});
}

/**
 * The API over a dataset that is already validated (the bundled one, or one `createSignpost` has just checked).
 * Every argument is read at this boundary: a query that cannot be read answers `not-found` with reason
 * `invalid-query` and the help lines, never a `TypeError`. Every result, and the dataset itself, is deeply frozen.
 *
 * @param dataset - a validated dataset
 * @returns the API bound to it
 * @example
 * ```ts
 * const signpost = bindSignpost(getBundledDataset());
 * ```
 */
export function bindSignpost(dataset: Dataset): Signpost {
	deepFreeze(dataset);
	return {
		getFigures: (query, options) => getFiguresIn(dataset, query, options),
		getSeries: (query, options) =>
			answerQuery('series', SeriesQuerySchema, query, options, ({ area, measure, from, to, breakdown }, fail) => {
				const b = readBreakdown(dataset, breakdown, 'query.breakdown');
				if (!b.ok) return fail(b);
				const id = measureId(dataset, measure ?? undefined);
				const q = { area, measure: id, from: from ?? undefined, to: to ?? undefined, breakdown: b.value };
				return getSeries(dataset, q, { help: helpFrom(options) });
			}),
		compareAreas: (query, options) =>
			answerQuery('compare', CompareQuerySchema, query, options, ({ areas, year, measure }) =>
				compareAreas(
					dataset,
					{ areas, year: year ?? undefined, measure: measureId(dataset, measure ?? undefined) },
					{ help: helpFrom(options) },
				),
			),
		getNational: (query, options) =>
			answerQuery('national', NationalQuerySchema, query, options, (value) =>
				getNational(
					dataset,
					{ year: value?.year ?? undefined, measure: measureId(dataset, value?.measure ?? undefined) },
					{ help: helpFrom(options) },
				),
			),
		searchAreas: (text, options) => searchAreasIn(dataset, text, options),
		findAreaByOnsCode: (code, options) => findAreaByOnsCodeIn(dataset, code, options),
		getAreaHierarchy: (text, options) => getAreaHierarchyIn(dataset, text, options),
		listMeasures: (options) => deepFreeze({ status: 'found', measures: dataset.measures, help: helpOnly(options) }),
		listAgeBands: (options) => deepFreeze({ status: 'found', ageBands: dataset.ageBands, help: helpOnly(options) }),
		listAreas: (options) => deepFreeze({ status: 'found', areas: dataset.areas, help: helpOnly(options) }),
		listYears: (filter, options) =>
			lookUp(
				{ value: filter, path: 'filter', schema: YearsFilterSchema },
				{ value: options, schema: AnswerOptionsSchema },
				{ suggestions: [] },
				(f, _o, help) => yearsFor(dataset, f ?? {}, help),
			),
		listSources: (options) => deepFreeze({ status: 'found', sources: dataset.sources, help: helpOnly(options) }),
		getCoverage: (options) => {
			const help = helpOnly(options);
			return deepFreeze({ ...getCoverage(dataset), help });
		},
		getDataset: (options) => {
			const help = helpOnly(options);
			return deepFreeze({ ...dataset, help });
		},
		getHelplines,
	};
}
