// The one input schema of each query, read at the SDK's boundary before the query runs; the MCP server's tool
// inputs are held to the same fields by a type test. The queries' own types are inferred from these (`QueryOf`), and
// each field is documented there, once. zod/mini, so an app that calls one query bundles only the zod it uses.
import * as z from 'zod/mini';
import { AUDIENCES, HELP_NATIONS, HELP_TOPICS } from '../signposting/help-service.js';

/**
 * Longest text any query field takes: more is not a name or a year, and is refused rather than searched. (A person's
 * message up to `MAX_FREE_TEXT_LENGTH` is read for help first before any schema runs.)
 *
 * @example
 * ```ts
 * FiguresQuerySchema.safeParse({ area: 'x'.repeat(MAX_QUERY_TEXT + 1) }).success; // false
 * ```
 */
export const MAX_QUERY_TEXT = 200;

/**
 * Makes a schema. Every schema here is made through it, each call marked `@__PURE__`: zod's builders are calls a
 * bundler must otherwise keep, so an app that calls `getFigures` alone would ship every other query's schema and the
 * parts of zod they use.
 */
const schema = <S>(make: () => S): S => make();

/** A query field's text: at most {@link MAX_QUERY_TEXT} characters. */
const text = /* @__PURE__ */ schema(() => z.string().check(z.maxLength(MAX_QUERY_TEXT)));

/** Who is asking, about what (one topic or several) and where; all optional. `null` is read as "not given". */
export const HelpSelectionSchema = /* @__PURE__ */ schema(() =>
	z.nullish(
		z.object({
			audience: z.nullish(z.enum(AUDIENCES)),
			topic: z.nullish(z.enum(HELP_TOPICS)),
			topics: z.nullish(z.array(z.enum(HELP_TOPICS)).check(z.maxLength(HELP_TOPICS.length * 2))),
			nation: z.nullish(z.enum(HELP_NATIONS)),
		}),
	),
);

/** `help: { audience, topic }`, on every function. `null` options are read as none. */
export const AnswerOptionsSchema = /* @__PURE__ */ schema(() => z.nullish(z.object({ help: HelpSelectionSchema })));

/** The SDK's search options: a limit from 1 to 100, and the help selection. */
export const SearchOptionsSchema = /* @__PURE__ */ schema(() =>
	z.nullish(z.object({ help: HelpSelectionSchema, limit: z.nullish(z.int().check(z.minimum(1), z.maximum(100))) })),
);

/**
 * A breakdown to filter by: an age band (id or label), a sex (`girls` or `boys`) and a platform (id or name), each
 * optional. Which values the dataset holds is checked against the dataset (see `readBreakdown`).
 */
export const BreakdownInputSchema = /* @__PURE__ */ schema(() =>
	z.nullish(z.strictObject({ ageBand: z.nullish(text), sex: z.nullish(text), platform: z.nullish(text) })),
);

/** A figures query: an area, and optionally a year, a measure and a breakdown. */
export const FiguresQuerySchema = /* @__PURE__ */ schema(() =>
	z.strictObject({
		area: text,
		year: z.nullish(text),
		measure: z.nullish(text),
		breakdown: BreakdownInputSchema,
	}),
);

/** A series query: an area, and optionally a measure, a range of financial years (`from`, `to`) and a breakdown. */
export const SeriesQuerySchema = /* @__PURE__ */ schema(() =>
	z.strictObject({
		area: text,
		measure: z.nullish(text),
		from: z.nullish(text),
		to: z.nullish(text),
		breakdown: BreakdownInputSchema,
	}),
);

/** A comparison: one to twenty areas, and optionally a year and a measure. */
export const CompareQuerySchema = /* @__PURE__ */ schema(() =>
	z.strictObject({
		areas: z.array(text).check(z.minLength(1), z.maxLength(20)),
		year: z.nullish(text),
		measure: z.nullish(text),
	}),
);

/** A national query: optionally a year and a measure. `null` is read as no query. */
export const NationalQuerySchema = /* @__PURE__ */ schema(() =>
	z.nullish(
		z.strictObject({
			year: z.nullish(text),
			measure: z.nullish(text),
		}),
	),
);

/** The years filter: optionally an area and a measure. `null` is read as no filter. */
export const YearsFilterSchema = /* @__PURE__ */ schema(() =>
	z.nullish(z.strictObject({ area: z.nullish(text), measure: z.nullish(text) })),
);

/** Search text. */
export const SearchTextSchema = text;

/** An ONS Police Force Area code: a letter and eight digits ("E23000018"), spaces around it allowed. */
export const OnsCodeSchema = /* @__PURE__ */ schema(() =>
	z.string().check(z.trim(), z.regex(/^[A-Za-z]\d{8}$/, 'expected an ONS code such as E23000018')),
);

/** An area for the hierarchy: a name, alias, id or ONS code. */
export const AreaTextSchema = text;

/** A schema's output with `null` read as not given, and lists read-only. */
type Read<T> = { [K in keyof T]: Exclude<T[K], null> extends (infer U)[] ? readonly U[] : Exclude<T[K], null> };

/**
 * A query's type, inferred from its schema: what the schema reads, with `null` read as not given and lists
 * read-only, and the fields in `Resolved` replaced by what the caller resolves them to before the query runs (a
 * breakdown's labels to ids).
 *
 * @example
 * ```ts
 * type Q = QueryOf<typeof NationalQuerySchema>; // { year?: string | undefined; measure?: string | undefined }
 * ```
 */
export type QueryOf<S extends z.ZodMiniType, Resolved extends object = Record<never, never>> = Omit<
	Read<NonNullable<z.output<S>>>,
	keyof Resolved
> &
	Resolved;
