import { z } from '@hono/zod-openapi';
import {
	AgeBandSchema,
	AreaSchema,
	ClaimSchema,
	ConflictKindSchema,
	FigureSchema,
	MeasureSchema,
	SourceSchema,
	YearIdSchema,
} from '@signpost-uk/domain';

// The parts of an answer, built from the domain's own record schemas (area, figure, measure, source, claim): the
// figure itself is the dataset's record, with its source, exact quote, address and date beside it.

/** A source as one figure cites it: the source (title, publisher, address, date) and the exact words quoted. */
export const CitedSourceSchema = z.object({ source: SourceSchema, quote: z.string().min(1) }).openapi('CitedSource');

/** A conflict a figure is part of, with every value the sources give. */
export const ConflictViewSchema = z
	.looseObject({
		id: z.string(),
		kind: ConflictKindSchema,
		note: z.string(),
		values: z.array(
			z.looseObject({
				figureId: z.string(),
				areaName: z.string().optional(),
				valueText: z.string(),
				sources: z.array(CitedSourceSchema),
			}),
		),
	})
	.openapi('ConflictView');

/**
 * A figure ready to show: the dataset's record (`figure`, with its year in `figure.period`), its area, measure, age
 * band, formatted value and every source it is quoted from.
 *
 * @example
 * ```ts
 * FigureViewSchema.parse(answer.data.figures[0]).sources[0].quote;
 * ```
 */
export const FigureViewSchema = z
	.looseObject({
		figure: FigureSchema,
		area: AreaSchema,
		measure: MeasureSchema,
		ageBand: AgeBandSchema.optional(),
		label: z.string(),
		valueText: z.string(),
		sources: z.array(CitedSourceSchema).min(1),
		republishedOnly: z.string().optional(),
		conflicts: z.array(ConflictViewSchema),
		lowConfidence: z.boolean(),
		coverage: z.array(z.string()),
		partYear: z.boolean(),
	})
	.openapi('FigureView');

/** A measure's figures for one year, with the caveats that apply to them. */
export const MeasureGroupSchema = z
	.looseObject({
		measure: MeasureSchema,
		year: YearIdSchema,
		figures: z.array(FigureViewSchema),
		caveats: z.array(z.string()),
	})
	.openapi('MeasureGroup');

/** A change between two years, computed by Signpost from two cited counts (`computed: true`). */
export const ComputedChangeSchema = z
	.looseObject({ from: FigureViewSchema, to: FigureViewSchema, percent: z.number(), computed: z.literal(true) })
	.openapi('ComputedChange');

/** Two years shown side by side without a computed change, and why. */
export const NotComparedPairSchema = z
	.looseObject({ from: FigureViewSchema, to: FigureViewSchema, reason: z.string() })
	.openapi('NotComparedPair');

/** A source's own claim about the figures shown, with Signpost's check. */
export const ClaimViewSchema = z
	.looseObject({
		claim: ClaimSchema,
		source: SourceSchema.optional(),
		inputs: z.array(FigureViewSchema),
		computed: z.number().nullable(),
		reproduces: z.boolean(),
	})
	.openapi('ClaimView');
