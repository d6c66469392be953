import { PublisherKindSchema } from '@signpost-uk/domain';
import { z } from 'zod';

// The tools' structured output, kept together. Every result has `help` (Childline, the NSPCC Helpline and 999 first);
// every figure has at least one source with its exact quote, address (where the source has one) and date; computed
// numbers carry `computed: true`.

/** One way to reach a help service. */
const ChannelOutput = z.object({
	kind: z.enum(['phone', 'text', 'email', 'web', 'chat', 'form']),
	value: z.string(),
	hours: z.string().optional(),
});

/** A help service as shown to the person. */
const HelpServiceOutput = z.object({
	id: z.string(),
	name: z.string(),
	summary: z.string(),
	phone: z.string().optional(),
	channels: z.array(ChannelOutput),
	cost: z.string(),
	sourceUrl: z.string(),
	lastChecked: z.string(),
});

/** The help lines every result carries: the services, one line per service, and a one-sentence version. */
export const HelpOutput = z.object({
	audience: z.string(),
	topic: z.string(),
	services: z.array(HelpServiceOutput).min(3),
	lines: z.array(z.string()).min(3),
	sentence: z.string(),
});

/** A source as cited by a figure: the page, its publisher, address and date, and the exact words quoted. */
export const SourceOutput = z.object({
	id: z.string(),
	title: z.string(),
	publisher: z.string().optional(),
	publisherKind: z
		.enum(PublisherKindSchema.options)
		.describe(
			"What kind of publisher it is: charity, police, government, newsroom, broadcaster, republisher (a site that republishes others' stories) or other.",
		),
	url: z.string().optional().describe('The address of the page.'),
	titleNote: z
		.string()
		.optional()
		.describe('Why the title misleads, where it does; the title is kept as the page shows it.'),
	published: z.string().describe('The date the page shows (YYYY, YYYY-MM or YYYY-MM-DD), or "not-shown".'),
	publishedNote: z.string().optional(),
	reports: z.string().describe('What the source reports, e.g. the FOI release and the years it covers.'),
	release: z.string().optional().describe('The id of the release the source reports (one of the dataset releases).'),
});

/** A source as cited by a figure, with the exact words quoted. */
export const CitationOutput = SourceOutput.extend({ quote: z.string().min(1) });

/** An area named in a result. */
export const AreaOutput = z.object({
	id: z.string(),
	name: z.string(),
	shortName: z.string(),
	kind: z.string(),
	onsCode: z.string().optional(),
});

/** What a figure measures. */
export const MeasureOutput = z.object({
	id: z.string(),
	name: z.string(),
	shortName: z.string(),
	kind: z.string(),
	definition: z.string(),
});

/** The other side of a conflict between sources. */
const ConflictOutput = z.object({
	id: z.string(),
	note: z.string(),
	values: z.array(z.object({ figureId: z.string(), valueText: z.string(), sources: z.array(CitationOutput) })),
});

/** A figure a source states: never computed, always cited. */
export const FigureOutput = z.object({
	id: z.string(),
	area: AreaOutput,
	period: z.string(),
	measure: MeasureOutput,
	label: z.string(),
	value: z.number(),
	valueText: z.string(),
	unit: z.enum(['count', 'percent', 'share']),
	qualifier: z.string(),
	ageBand: z.string().optional(),
	sex: z.string().optional(),
	platform: z.string().optional(),
	lowConfidence: z.boolean(),
	computed: z.literal(false),
	/** Every source with its quote, the best first: the publisher itself, then a newsroom or broadcaster, then the rest. */
	sources: z.array(CitationOutput).min(1),
	republishedOnly: z
		.string()
		.optional()
		.describe('Set when every source republishes others\' stories: "reported only by <site>, which republishes news".'),
	conflicts: z.array(ConflictOutput),
});

/** A change between two cited counts, worked out by Signpost. */
export const ChangeOutput = z.object({
	label: z.string(),
	fromPeriod: z.string(),
	toPeriod: z.string(),
	fromFigureId: z.string(),
	toFigureId: z.string(),
	fromValueText: z.string(),
	toValueText: z.string(),
	percent: z.number(),
	computed: z.literal(true),
});

/** Two adjacent years shown without a change, and why. */
export const NotComparedOutput = z.object({
	fromFigureId: z.string(),
	toFigureId: z.string(),
	fromPeriod: z.string(),
	toPeriod: z.string(),
	reason: z.string(),
});

/** The structured content of a tool error (bad input): what was wrong, never what was sent, and the help lines. */
export const ToolErrorOutput = z.object({ status: z.literal('error'), message: z.string(), help: HelpOutput });

/** A question with no figure to give: a normal result with its reason, never a reason to estimate one. */
const notFoundOutput = <Kind extends string>(kind: Kind) =>
	z.object({
		status: z.literal('not-found'),
		kind: z.literal(kind),
		reason: z.string().describe('Why there is no figure: a correct answer, never a reason to estimate one.'),
		message: z.string(),
		input: z.string().optional().describe('Which argument the answer is about ("area", "year", "areas.1").'),
		suggestions: z.array(z.object({ id: z.string(), name: z.string() })),
		yearsHeld: z.array(z.string()),
		caveats: z.array(z.string()),
		help: HelpOutput,
	});

/**
 * What was typed reads as a person speaking: the help that fits, first and only. Never figures, never a "not found",
 * never the words typed (`input` names the argument, not its text).
 */
export const HelpFirstOutput = z.object({
	status: z.literal('help-first'),
	concerns: z.array(z.string()).describe('What the person may be telling you, danger first: answer with the help.'),
	language: z.enum(['en', 'cy']),
	input: z.string().describe('Which argument read as a person speaking ("area", "text"); never its text.'),
	help: HelpOutput,
});

/**
 * An answer tool's output: found (with its data), not found (with its reason), help first (a person speaking) or a
 * tool error, each with help.
 */
const answerOutput = <Kind extends string, Shape extends z.ZodRawShape>(kind: Kind, shape: Shape) =>
	z.discriminatedUnion('status', [
		z.object({
			status: z.literal('found'),
			kind: z.literal(kind),
			caveats: z.array(z.string()),
			help: HelpOutput,
			...shape,
		}),
		notFoundOutput(kind),
		HelpFirstOutput.extend({ kind: z.literal(kind), caveats: z.array(z.string()) }),
		ToolErrorOutput,
	]);

/**
 * How the name asked about became an area, with the sentence an answer shows ("Reading is policed by Thames Valley
 * Police"); never what was typed.
 */
export const ResolutionOutput = z.object({
	kind: z.enum(['exact', 'alias', 'place', 'corrected']),
	matched: z.string().describe("The registry's or gazetteer's name that matched."),
	note: z.string().describe('The sentence to show before the figures; empty for an exact name or an alias.'),
});

/** `get_figures`. */
export const FiguresOutput = answerOutput('figures', {
	area: AreaOutput,
	resolution: ResolutionOutput.optional(),
	year: z.string(),
	yearsHeld: z.array(z.string()),
	laterYearsWithout: z
		.array(z.string())
		.describe(
			'With no year asked for: later years a release asked the force about that hold no figure of it. Say so rather than present the year shown as the latest news.',
		),
	figures: z.array(FigureOutput),
	spanFigures: z.array(FigureOutput),
	disputedPrevious: z.array(FigureOutput),
	notComparedPrevious: z.array(FigureOutput),
	changes: z.array(ChangeOutput),
	notCompared: z.array(NotComparedOutput),
});

/** `get_series`. */
export const SeriesOutput = answerOutput('series', {
	area: AreaOutput,
	measure: MeasureOutput,
	yearsHeld: z.array(z.string()),
	laterYearsWithout: z
		.array(z.string())
		.describe(
			'Later years a release asked the force about that hold no figure of it: the series does not stop by chance.',
		),
	points: z.array(z.object({ year: z.string(), figures: z.array(FigureOutput) })),
	changes: z.array(ChangeOutput),
	notCompared: z.array(NotComparedOutput),
});

/** `compare_areas`. */
export const CompareOutput = answerOutput('compare', {
	year: z.string(),
	measure: MeasureOutput,
	resolutions: z.array(ResolutionOutput).describe('One per area named, in the order named.'),
	rows: z.array(z.object({ area: AreaOutput, figures: z.array(FigureOutput) })),
});

/** `get_national`. */
export const NationalOutput = answerOutput('national', {
	year: z.string(),
	yearsHeld: z.array(z.string()),
	figures: z.array(FigureOutput),
});

/** `search_areas`. */
export const SearchAreasOutput = z.discriminatedUnion('status', [
	z.object({
		status: z.literal('found'),
		areas: z.array(
			z.object({ area: AreaOutput, score: z.number(), matched: z.string(), yearsHeld: z.array(z.string()) }),
		),
		help: HelpOutput,
	}),
	z.object({ status: z.literal('not-found'), reason: z.string(), message: z.string(), help: HelpOutput }),
	HelpFirstOutput,
	ToolErrorOutput,
]);

/** `list_sources`. */
export const ListSourcesOutput = z.discriminatedUnion('status', [
	z.object({ status: z.literal('found'), sources: z.array(SourceOutput), help: HelpOutput }),
	HelpFirstOutput,
	ToolErrorOutput,
]);

/** `get_help`. */
export const GetHelpOutput = z.discriminatedUnion('status', [
	z.object({ status: z.literal('found'), help: HelpOutput }),
	HelpFirstOutput,
	ToolErrorOutput,
]);

export type HelpOutputValue = z.infer<typeof HelpOutput>;
export type FigureOutputValue = z.infer<typeof FigureOutput>;
