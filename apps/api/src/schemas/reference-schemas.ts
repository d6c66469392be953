import { z } from '@hono/zod-openapi';
import { AreaSchema, MeasureSchema, ReleaseSchema, YearIdSchema } from '@signpost-uk/domain';
import { SuggestionSchema } from './answer-schema.js';
import { HelpSchema } from './help-schema.js';

// The reference results (areas, places, measures, coverage, help lines, changes), built from the domain's record
// schemas. Each has `help`.

const found = { status: z.literal('found'), help: HelpSchema };
const helpFirst = z.looseObject({
	status: z.literal('help-first'),
	help: HelpSchema,
	concerns: z.array(z.string()),
	input: z.string().optional(),
});

/** `/v1/areas`: every area, or the areas matching `q`, best first (a town names the force that polices it). */
export const AreasResultSchema = z
	.union([
		z.looseObject({
			...found,
			areas: z.array(
				z.union([
					AreaSchema,
					z.looseObject({ area: AreaSchema, score: z.number(), matched: z.string(), place: z.string().optional() }),
				]),
			),
		}),
		z.looseObject({
			status: z.literal('not-found'),
			help: HelpSchema,
			reason: z.string(),
			message: z.string(),
			areas: z.array(AreaSchema).max(0),
		}),
		helpFirst,
	])
	.openapi('AreasResult');

/** An area and where it sits: its region, nation and the forces within it. */
const hierarchy = {
	area: AreaSchema,
	region: AreaSchema.optional(),
	nation: AreaSchema.optional(),
	forces: z.array(AreaSchema),
};

/** `/v1/areas/{id}`: one area by id or ONS code, with its region, nation and forces. */
export const AreaResultSchema = z.looseObject({ ...found, ...hierarchy }).openapi('AreaResult');

/** `/v1/places`: the force that polices a typed place, or the choices when the name means several places. */
export const PlaceResultSchema = z
	.union([
		z.looseObject({ ...found, ...hierarchy }),
		z.looseObject({
			status: z.literal('not-found'),
			help: HelpSchema,
			reason: z.literal('ambiguous-area'),
			message: z.string(),
			suggestions: z.array(SuggestionSchema).min(2),
		}),
		helpFirst,
	])
	.openapi('PlaceResult');

/** `/v1/measures`: every measure, with its definition and caveats. */
export const MeasuresResultSchema = z
	.looseObject({ ...found, measures: z.array(MeasureSchema) })
	.openapi('MeasuresResult');

const yearMeasures = z.array(z.looseObject({ year: z.string(), measures: z.array(z.string()) }));

/** `/v1/coverage`: which forces and years hold figures, by release. */
export const CoverageResultSchema = z
	.looseObject({
		help: HelpSchema,
		version: z.string(),
		forces: z.array(
			z.looseObject({ area: AreaSchema, years: yearMeasures, figureCount: z.number().int().nonnegative() }),
		),
		forcesWithFigures: z.number().int(),
		forcesTotal: z.number().int(),
		figureCount: z.number().int(),
		sourceCount: z.number().int(),
		years: z.array(YearIdSchema),
		releases: z.array(z.looseObject({ release: ReleaseSchema, figureCount: z.number().int(), years: yearMeasures })),
	})
	.openapi('CoverageResult');

/** `/v1/helplines`: the help lines, one line per service, and a one-sentence version. */
export const HelplinesResultSchema = z
	.looseObject({ ...found, lines: z.array(z.string()).min(3), sentence: z.string() })
	.openapi('HelplinesResult');

const changelogFigure = z.looseObject({ id: z.string() });

/** `/v1/changes`: the figures added, changed and withdrawn between two releases of the dataset. */
export const ChangesResultSchema = z
	.looseObject({
		help: HelpSchema,
		from: z.string(),
		to: z.string(),
		added: z.array(changelogFigure),
		changed: z.array(
			z.looseObject({
				id: z.string(),
				fields: z.array(z.object({ field: z.string(), from: z.string(), to: z.string() })),
			}),
		),
		withdrawn: z.array(changelogFigure),
	})
	.openapi('ChangesResult');

/** `/v1/datapackage.json`: the Frictionless Data Package descriptor; its resources are under `/v1/datapackage/`. */
export const DataPackageSchema = z
	.looseObject({
		help: HelpSchema,
		name: z.string(),
		version: z.string(),
		resources: z.array(z.looseObject({ name: z.string(), path: z.string() })),
	})
	.openapi('DataPackage');

/** `/v1/datapackage/dataset.json` and `dataset.schema.json`: the file's JSON, with `help` beside its content. */
export const JsonFileSchema = z.looseObject({ help: HelpSchema }).openapi('JsonFile');
