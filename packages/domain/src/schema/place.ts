import { z } from 'zod';
import { IdSchema } from './id.js';

/**
 * What a gazetteer entry is: an ONS local authority (`county` E10, `unitary` E06, `district` E07,
 * `metropolitan-district` E08, `london-borough` E09, Welsh `principal-area` W06, Scottish `council-area` S12,
 * Northern Irish `district-ni` N09), a `town` or city that is not an authority itself, or an `area` people name that
 * spans several areas (London, Yorkshire, England).
 */
export const PlaceKindSchema = z.enum([
	'county',
	'unitary',
	'district',
	'metropolitan-district',
	'london-borough',
	'principal-area',
	'council-area',
	'district-ni',
	'town',
	'area',
]);

/** The ONS code prefix each authority kind carries. */
export const PLACE_CODE_PREFIXES: Readonly<Partial<Record<z.infer<typeof PlaceKindSchema>, string>>> = {
	county: 'E10',
	unitary: 'E06',
	district: 'E07',
	'metropolitan-district': 'E08',
	'london-borough': 'E09',
	'principal-area': 'W06',
	'council-area': 'S12',
	'district-ni': 'N09',
};

const OnsCodeSchema = z.string().regex(/^(?:E06|E07|E08|E09|E10|W06|S12|N09)\d{6}$/, 'must be an ONS authority code');

/**
 * A place name and the area (police force) that polices it: the gazetteer behind "Reading is policed by Thames
 * Valley Police". One area means the place lies inside that force's area; several mean the name spans them (London:
 * the Metropolitan Police and the City of London Police) or, with `ambiguous`, that several real places share the
 * name (Newport, Wales and Newport, Isle of Wight), and Signpost answers with the choices, never a guess.
 */
export const PlaceSchema = z
	.object({
		/** The name as the ONS or the place itself writes it, e.g. "Reading", "Kingston upon Hull, City of". */
		name: z
			.string()
			.min(1)
			.max(100)
			.describe('The name as the ONS or the place itself writes it, e.g. "Reading", "Kingston upon Hull, City of".'),
		/** The ONS authority type ("unitary", "district", ...), "town", or "area" for a name that spans several areas. */
		kind: PlaceKindSchema.describe(
			'The ONS authority type ("unitary", "district", ...), "town", or "area" for a name that spans several areas.',
		),
		/** ONS code of an authority (E06, E07, E08, E09, E10, W06, S12, N09 and six digits). */
		code: OnsCodeSchema.optional().describe(
			'ONS code of an authority (E06, E07, E08, E09, E10, W06, S12, N09 and six digits).',
		),
		/** Codes the same authority had before a boundary change (Barnsley E08000016, now E08000038). */
		formerCodes: z
			.array(OnsCodeSchema)
			.optional()
			.describe('Codes the same authority had before a boundary change (Barnsley E08000016, now E08000038).'),
		/** Ids of the areas that police it (one force, or several for a name that spans them). */
		areas: z
			.array(IdSchema)
			.min(1)
			.describe('Ids of the areas that police it (one force, or several for a name that spans them).'),
		/** Where the place is, to tell apart places that share a name ("Isle of Wight"). */
		where: z
			.string()
			.min(1)
			.max(100)
			.optional()
			.describe('Where the place is, to tell apart places that share a name ("Isle of Wight").'),
		/** Year an authority was abolished (merged into a unitary), e.g. "2023" for the North Yorkshire districts. */
		abolished: z
			.string()
			.regex(/^\d{4}$/)
			.optional()
			.describe(
				'Year an authority was abolished (merged into a unitary), e.g. "2023" for the North Yorkshire districts.',
			),
		/** Other names: Welsh, Gaelic and Irish names, abbreviations (Hants, Oxon), short forms (Co Durham). */
		aliases: z
			.array(z.string().min(1).max(100))
			.default([])
			.describe('Other names: Welsh, Gaelic and Irish names, abbreviations (Hants, Oxon), short forms (Co Durham).'),
		/** Set on every record whose name another record, in another force's area, shares. */
		ambiguous: z
			.boolean()
			.optional()
			.describe("Set on every record whose name another record, in another force's area, shares."),
	})
	.superRefine((place, ctx) => {
		const prefix = PLACE_CODE_PREFIXES[place.kind];
		for (const code of [place.code, ...(place.formerCodes ?? [])]) {
			if (code && prefix && !code.startsWith(prefix))
				ctx.addIssue({ code: 'custom', path: ['code'], message: `a ${place.kind} code starts with ${prefix}` });
			if (code && !prefix)
				ctx.addIssue({ code: 'custom', path: ['code'], message: `a ${place.kind} has no ONS authority code` });
		}
	});

export type PlaceKind = z.infer<typeof PlaceKindSchema>;
export type Place = z.infer<typeof PlaceSchema>;
