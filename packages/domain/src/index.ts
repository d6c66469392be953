// @signpost-uk/domain: schemas, the cited dataset, queries, derived statistics, signposting and renderers.

export type {
	Answer,
	AnswerKind,
	AnswerOptions,
	AreaYearData,
	CompareAnswer,
	ComparisonData,
	ComputedChange,
	ConflictsShown,
	FiguresAnswer,
	FoundAnswer,
	HelpFirstAnswer,
	MeasuresHeld,
	NationalAnswer,
	NationalData,
	NoChange,
	NoChangeReason,
	NotComparedPair,
	NotFoundAnswer,
	NotFoundReason,
	PersonSpeaking,
	SeriesAnswer,
	SeriesData,
	SeriesPoint,
	SharedForce,
	SourcesSay,
	Suggestion,
} from './answer/answer.js';
export { found, helpFirst, notFound, personSpeaking } from './answer/answer.js';
export { answerCaveats } from './answer/answer-caveats.js';
export { republishedOnlyMark } from './answer/best-source-first.js';
export { type ClaimView, viewClaim } from './answer/claim-view.js';
export { claimsAbout, conflictsAmong } from './answer/claims-and-conflicts.js';
export { figureCoverage } from './answer/figure-coverage.js';
export { type FigureRow, figureRows } from './answer/figure-rows.js';
export type { CitedSource, ConflictingValue, ConflictView, FigureView } from './answer/figure-view.js';
export { viewFigure } from './answer/figure-view.js';
export { type GroupComparisons, groupComparisons } from './answer/group-comparisons.js';
export { groupByMeasure, type MeasureGroup, measureCaveats } from './answer/measure-group.js';
export { areaByOnsCode } from './area/area-by-ons-code.js';
export { type AreaHierarchy, areaHierarchy } from './area/area-hierarchy.js';
export { areaNations } from './area/area-nations.js';
export { areaPageSlug } from './area/area-page-slug.js';
export type { AreaResolutionKind, AreaResolutionNote } from './area/area-resolution-note.js';
export { editDistance } from './area/edit-distance.js';
export { normalizeAreaName } from './area/normalize-area-name.js';
export { type OutsideCoverage, outsideCoverage } from './area/outside-coverage.js';
export { type AreaMatch, searchAreas } from './area/search-areas.js';
export { getBundledDataset, getBundledDatasetWithoutSearchLogs } from './dataset/bundled-dataset.js';
export { createDataset } from './dataset/create-dataset.js';
export { type DatasetIndex, indexDataset } from './dataset/dataset-index.js';
export { DatasetValidationError } from './dataset/dataset-validation-error.js';
export { figureKey } from './dataset/figure-key.js';
export { formatIssues } from './dataset/format-issues.js';
export { type ReleasedFigure, type ReleaseRecord, releaseRecord } from './dataset/release-record.js';
export { DEFAULT_MEASURE } from './measure/default-measure.js';
export { financialYearOfDate, inForceFor, inForceYear } from './measure/in-force.js';
export { measureInstead } from './measure/measure-instead.js';
export { measuresHeld } from './measure/measures-held.js';
export { findMeasure, type MeasureMatch, searchMeasures } from './measure/search-measures.js';
export { type FinancialYear, financialYear, type Period, type YearSpan, yearSpan } from './period/financial-year.js';
export { parsePeriod, parseYear } from './period/parse-period.js';
export { periodOf } from './period/period-of.js';
export { calendarYearMessage, readYearText, type YearText } from './period/read-year-text.js';
export { helpSelectionFor, helpTopicFor } from './person/help-for-concerns.js';
export { MAX_FREE_TEXT_LENGTH } from './person/max-free-text-length.js';
export { isNeverCorrected } from './person/never-corrected.js';
export {
	PERSON_CONCERNS,
	type PersonConcern,
	type PersonLanguage,
	type TextReading,
} from './person/person-concern.js';
export { readFreeText } from './person/read-free-text.js';
export { areaOrNotFound, type ResolvedArea } from './query/area-or-not-found.js';
export { type CompareQuery, compareAreas } from './query/compare-areas.js';
export {
	computeChange,
	NOT_COMPARED_DIFFERENT_FORCES,
	NOT_COMPARED_DIFFERENT_RELEASES,
	NOT_COMPARED_PART_YEAR,
	notCompared,
	sourcesCompare,
	whyNoChange,
} from './query/computed-change.js';
export {
	type AreaCoverage,
	type Coverage,
	getCoverage,
	type LedgerSummary,
	RECENT_TOTAL_FROM,
	type ReleaseCoverage,
} from './query/get-coverage.js';
export { type FiguresQuery, getFigures, headlineYear } from './query/get-figures.js';
export { getNational, isNationalArea, type NationalQuery } from './query/get-national.js';
export { getSeries, type SeriesQuery } from './query/get-series.js';
export { type LatestFigure, type LatestSummary, latestSummary, STALE_AFTER_YEARS } from './query/latest-summary.js';
export { type ForceLatestTotal, latestTotals } from './query/latest-totals.js';
export { personIn, personOrQuery, type QueryInputs } from './query/person-or-query.js';
export {
	AnswerOptionsSchema,
	AreaTextSchema,
	BreakdownInputSchema,
	CompareQuerySchema,
	FiguresQuerySchema,
	HelpSelectionSchema,
	MAX_QUERY_TEXT,
	NationalQuerySchema,
	OnsCodeSchema,
	type QueryOf,
	SearchOptionsSchema,
	SearchTextSchema,
	SeriesQuerySchema,
	YearsFilterSchema,
} from './query/query-input.js';
export { readYear, type YearReading } from './query/read-year.js';
export { type ForceInRelease, forcesInRelease, reportsReadByRelease } from './query/release-ledger.js';
export { type AreaResolution, resolveArea } from './query/resolve-area.js';
export { type BreakdownFilter, sameBreakdown } from './query/same-breakdown.js';
export { whyNoFigure } from './query/why-no-figure.js';
export { type YearsHeldFilter, yearsHeld } from './query/years-held.js';
export {
	answerSections,
	claimLines,
	type FigureLineOptions,
	figureLine,
	figureValueText,
	rowLine,
	rowValueText,
	type Section,
	sourceName,
} from './render/answer-sections.js';
export { comparisonNotes } from './render/comparison-notes.js';
export { renderMarkdown, renderText } from './render/render-answer.js';
export { helpLines, helpSentence, renderHelp } from './render/render-help.js';
export { MARKDOWN_STYLE, type RenderStyle, TEXT_STYLE } from './render/render-style.js';
export {
	type ChartSegment,
	type ChartYear,
	SERIES_CHART_SIZE,
	type SeriesChart,
	type SeriesChartOptions,
	seriesChart,
	seriesChartText,
} from './render/series-chart.js';
export { type AgeBand, AgeBandSchema } from './schema/age-band.js';
export { type Area, type AreaKind, AreaKindSchema, AreaSchema, type Nation, NationSchema } from './schema/area.js';
export { type BesideCaveat, BesideCaveatSchema } from './schema/beside-caveat.js';
export { type Breakdown, BreakdownSchema } from './schema/breakdown.js';
export { type Citation, CitationSchema } from './schema/citation.js';
export { type Claim, type ClaimKind, ClaimKindSchema, ClaimSchema } from './schema/claim.js';
export { type Conflict, type ConflictKind, ConflictKindSchema, ConflictSchema } from './schema/conflict.js';
export { type Corroboration, CorroborationSchema } from './schema/corroboration.js';
export { type FigureCoverage, FigureCoverageSchema } from './schema/coverage.js';
export { type Dataset, type DatasetInput, DatasetSchema } from './schema/dataset.js';
export { datasetJsonSchema } from './schema/dataset-json-schema.js';
export { type Figure, FigureSchema, type Unit, UnitSchema } from './schema/figure.js';
export { IdSchema } from './schema/id.js';
export { type Measure, MeasureSchema } from './schema/measure.js';
export { type MeasureInForce, MeasureInForceSchema } from './schema/measure-in-force.js';
export { type PeriodId, PeriodIdSchema, type YearId, YearIdSchema } from './schema/period-id.js';
export {
	NeverAPlaceSchema,
	PersonRuleSchema,
	PersonSpellingSchema,
	PersonWordGroupSchema,
	type PersonWords,
	PersonWordsSchema,
} from './schema/person-words.js';
export { type Place, type PlaceKind, PlaceKindSchema, PlaceSchema } from './schema/place.js';
export { type PublisherKind, PublisherKindSchema } from './schema/publisher-kind.js';
export { type Qualifier, QualifierSchema } from './schema/qualifier.js';
export {
	type ForcesAnswered,
	ForcesAnsweredSchema,
	type Release,
	type ReleaseOrigin,
	ReleaseOriginSchema,
	ReleaseSchema,
} from './schema/release.js';
export { type Published, PublishedSchema, type Source, SourceSchema } from './schema/source.js';
export { type SourceRef, SourceRefSchema } from './schema/source-ref.js';
export { CONCERN_TOPICS, type HelpConcern, helpForConcerns } from './signposting/help-for-concerns.js';
export {
	AUDIENCES,
	type Audience,
	CHANNEL_KINDS,
	type ChannelKind,
	type ContactChannel,
	HELP_NATIONS,
	HELP_TOPICS,
	type HelpNation,
	type HelpService,
	type HelpServiceSource,
	type HelpTopic,
	SOURCE_GIVES,
	type SourceGives,
} from './signposting/help-service.js';
export {
	ContactChannelSchema,
	type HelpServiceRecord,
	HelpServiceSchema,
	HelpServiceSourceSchema,
} from './signposting/help-service-schema.js';
export {
	CEOP,
	CHILDLINE,
	CHILDLINE_PHONE,
	EMERGENCY,
	EMERGENCY_PHONE,
	HELP_SERVICES,
	MEIC,
	MEIC_PHONE,
	MEIC_TEXT,
	NAPAC,
	NSPCC_HELPLINE,
	NSPCC_HELPLINE_PHONE,
	PAPYRUS,
	PAPYRUS_PHONE,
	REPORT_REMOVE,
	SAMARITANS,
	SAMARITANS_PHONE,
	STOP_IT_NOW,
	STOP_IT_NOW_PHONE,
} from './signposting/help-services.js';
export { type HelpSelection, type Signposting, selectHelp } from './signposting/signposting.js';
export { agreesWith, type ClaimCheck, checkClaim } from './stats/check-claim.js';
export {
	type DerivedTotal,
	type DerivedTotals,
	deriveMemberTotals,
	type RefusedTotal,
} from './stats/derived-totals.js';
export { everyNMinutes, oneInN, percentChange, percentOf, perDay, perWeek } from './stats/rates.js';
export { CAVEAT_SUMMARY, CAVEATS, type CaveatKey } from './text/caveats.js';
export { caveatIn, caveatsFor } from './text/caveats-for.js';
export {
	COVERAGE_DASH,
	derivedTotalLabel,
	didNotAnswer,
	LEDGER_OUTCOME_LABELS,
	type NamedCount,
	noFigureFound,
	notInScope,
} from './text/coverage-wording.js';
export { labelWithPeriod, ownPeriod, periodText, type RangeWords } from './text/figure-period.js';
export { formatChange, formatFigureValue, formatNumber } from './text/format-value.js';
export { helpFirstSentences, welshHelpFirstSentences } from './text/help-first-wording.js';
export {
	dateInWords,
	helpWording,
	hoursWithCheck,
	serviceHours,
	serviceRoute,
	serviceWords,
} from './text/help-wording.js';
export { LOCALES, type Locale, readLocale } from './text/locale.js';
export {
	CLOSE_TO_MANY,
	COMPARE_NO_AREA,
	compareNoMatch,
	coversMany,
	FOUND_CONFLICT_NOTE,
	policedByMany,
	sharedPlaceName,
} from './text/query-messages.js';
export { resolutionNote } from './text/resolution-note.js';
export { SUMMARY_WORDING } from './text/summary-wording.js';
export {
	WELSH_ANSWER_WORDING,
	WELSH_HELP_FIRST_WORDING,
	WELSH_HELP_WORDING,
	WELSH_REPLY_WORDING,
	WELSH_SERVICES,
	WELSH_WORDING,
} from './text/welsh-wording.js';
export {
	ANSWER_WORDING,
	areaName,
	changeNotComputed,
	citationName,
	coverageNotes,
	type DatasetCounts,
	datasetLine,
	type FiguresHeldFor,
	figuresHeldSentence,
	HELP_FIRST_WORDING,
	HELP_WORDING,
	type InForceDate,
	inForceSentence,
	laterYearsLines,
	lawDateText,
	nationName,
	nationsText,
	noComparedFigure,
	noFigureFor,
	noMeasureFigure,
	noNationalFigure,
	noPublishedFigure,
	noSeries,
	notCovered,
	offenceNotInForce,
	PLATFORM_NAMES,
	platformName,
	publishedText,
	REPLY_WORDING,
	sharedForce,
	suggestionsLine,
	type Translated,
	WORDING,
	type WordingTable,
	wordingTable,
	yearOutsideDataset,
	yearsHeldLine,
} from './text/wording.js';
export { wordingFor } from './text/wording-for.js';
