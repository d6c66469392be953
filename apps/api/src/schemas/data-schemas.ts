import { z } from '@hono/zod-openapi';
import { AreaSchema, MeasureSchema, YearIdSchema } from '@signpost-uk/domain';
import { answerSchema, ResolutionSchema } from './answer-schema.js';
import {
	ClaimViewSchema,
	ComputedChangeSchema,
	ConflictViewSchema,
	FigureViewSchema,
	MeasureGroupSchema,
	NotComparedPairSchema,
} from './figure-view-schema.js';

/** `/v1/figures`: everything held for one area and year (the SDK's `getFigures`). */
export const FiguresAnswerSchema = answerSchema(
	'figures',
	z.looseObject({
		area: AreaSchema,
		year: YearIdSchema,
		headline: MeasureGroupSchema.nullable(),
		otherMeasures: z.array(MeasureGroupSchema),
		context: z.array(MeasureGroupSchema),
		figures: z.array(FigureViewSchema),
		spanFigures: z.array(FigureViewSchema),
		changes: z.array(ComputedChangeSchema),
		notCompared: z.array(NotComparedPairSchema),
		disputedPrevious: z.array(FigureViewSchema),
		claims: z.array(ClaimViewSchema),
		conflicts: z.array(ConflictViewSchema),
		yearsHeld: z.array(YearIdSchema),
	}),
	'FiguresAnswer',
);

/** `/v1/series`: a measure's yearly figures for an area (the SDK's `getSeries`). */
export const SeriesAnswerSchema = answerSchema(
	'series',
	z.looseObject({
		area: AreaSchema,
		measure: MeasureSchema,
		points: z.array(
			z.looseObject({ year: YearIdSchema, figures: z.array(FigureViewSchema).min(1), partYear: z.boolean() }),
		),
		measureCaveats: z.array(z.string()),
		changes: z.array(ComputedChangeSchema),
		notCompared: z.array(NotComparedPairSchema),
		claims: z.array(ClaimViewSchema),
		conflicts: z.array(ConflictViewSchema),
	}),
	'SeriesAnswer',
);

/** `/v1/compare`: two or more areas side by side for one year (the SDK's `compareAreas`). */
export const CompareAnswerSchema = answerSchema(
	'compare',
	z.looseObject({
		year: YearIdSchema,
		measure: MeasureSchema,
		rows: z.array(z.looseObject({ area: AreaSchema, figures: z.array(FigureViewSchema) })),
		resolutions: z.array(ResolutionSchema),
		measureCaveats: z.array(z.string()),
		conflicts: z.array(ConflictViewSchema),
	}),
	'CompareAnswer',
);

/** `/v1/national`: national and UK-wide figures for a year (the SDK's `getNational`). */
export const NationalAnswerSchema = answerSchema(
	'national',
	z.looseObject({
		year: YearIdSchema,
		figures: z.array(FigureViewSchema),
		groups: z.array(MeasureGroupSchema),
		claims: z.array(ClaimViewSchema),
		conflicts: z.array(ConflictViewSchema),
		yearsHeld: z.array(YearIdSchema),
	}),
	'NationalAnswer',
);
