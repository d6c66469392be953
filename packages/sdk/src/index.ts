// @signpost-uk/sdk: UK police-recorded child sexual offence figures with their sources, always with the help lines.
// ESM chunks (see tsup.config.ts): help needs no dataset and no zod; output writes answers; api holds the bundled
// dataset and the queries (bind, the query code they share with createSignpost); dataset holds the schemas and
// createSignpost, the only part that needs full zod.

export type {
	AgeBand,
	Answer,
	AnswerKind,
	AnswerOptions,
	Area,
	AreaCoverage,
	AreaHierarchy,
	AreaKind,
	AreaMatch,
	AreaResolutionKind,
	AreaResolutionNote,
	AreaYearData,
	Audience,
	Breakdown,
	CitedSource,
	Claim,
	CompareAnswer,
	CompareQuery,
	ComparisonData,
	ComputedChange,
	Conflict,
	ConflictingValue,
	ConflictsShown,
	ConflictView,
	ContactChannel,
	Coverage,
	Dataset,
	DatasetInput,
	Figure,
	FiguresAnswer,
	FiguresQuery,
	FigureView,
	FoundAnswer,
	HelpFirstAnswer,
	HelpSelection,
	HelpService,
	HelpTopic,
	Measure,
	NationalAnswer,
	NationalData,
	NationalQuery,
	NotFoundAnswer,
	NotFoundReason,
	PersonConcern,
	PersonLanguage,
	PersonSpeaking,
	Place,
	Published,
	Qualifier,
	SeriesAnswer,
	SeriesData,
	SeriesPoint,
	SeriesQuery,
	Signposting,
	Source,
	SourceRef,
	SourcesSay,
	Suggestion,
	TextReading,
	Unit,
	YearId,
} from '@signpost-uk/domain';
// The one input schema of each query (the domain's), which every call is read with.
export {
	BreakdownInputSchema,
	CompareQuerySchema,
	FiguresQuerySchema,
	NationalQuerySchema,
	type QueryOf,
	SeriesQuerySchema,
} from '@signpost-uk/domain';
export type * from './api/results.js';
export type { SearchOptions, Signpost, YearsFilter } from './api/signpost.js';
export * from './api.js';
export * from './dataset.js';
export { getHelplines, type HelplinesResult } from './help/get-helplines.js';
export * from './output.js';
