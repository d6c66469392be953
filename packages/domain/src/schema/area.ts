import { z } from 'zod';
import { IdSchema } from './id.js';
import { NATIONS } from './nations.js';

/** The kinds of area Signpost knows: a police force, a nation, an English region, a named group, or the UK. */
export const AreaKindSchema = z.enum(['force', 'nation', 'region', 'group', 'uk']);

/** The four nations of the UK. */
export const NationSchema = z.enum(NATIONS);

/**
 * An area figures can be held for. All 45 territorial forces are in the registry whether or not a figure is held,
 * so "Kent" is a known area with no figure rather than an unknown word.
 */
export const AreaSchema = z.object({
	/** The area's id, e.g. "derbyshire"; figures name it in `area`. */
	id: IdSchema.describe('The area\'s id, e.g. "derbyshire"; figures name it in `area`.'),
	/** "force", "nation", "region", "group" or "uk". */
	kind: AreaKindSchema.describe('"force", "nation", "region", "group" or "uk".'),
	/** Official name, e.g. "Derbyshire Constabulary". */
	name: z.string().min(1).max(100).describe('Official name, e.g. "Derbyshire Constabulary".'),
	/** Short name, e.g. "Derbyshire". */
	shortName: z.string().min(1).max(60).describe('Short name, e.g. "Derbyshire".'),
	/** The nation the area lies in, for forces and nations. */
	nation: NationSchema.optional().describe('The nation the area lies in, for forces and nations.'),
	/** English region id (an area of kind `region`), for forces in England. */
	region: IdSchema.optional().describe('English region id (an area of kind `region`), for forces in England.'),
	/** ONS Police Force Area code where one exists. */
	onsCode: z
		.string()
		.regex(/^[EW]\d{8}$/)
		.optional()
		.describe('ONS Police Force Area code where one exists.'),
	/** Other names the area answers to ("Derbys", "Hants"); none may be another area's name. */
	aliases: z
		.array(z.string().min(1).max(100))
		.default([])
		.describe('Other names the area answers to ("Derbys", "Hants"); none may be another area\'s name.'),
	/** For groups and regions: the forces they combine. */
	members: z.array(IdSchema).optional().describe('For groups and regions: the forces they combine.'),
});

export type AreaKind = z.infer<typeof AreaKindSchema>;
export type Nation = z.infer<typeof NationSchema>;
export type Area = z.infer<typeof AreaSchema>;
