import { z } from 'zod';
import { AgeBandSchema } from '../src/schema/age-band.js';
import { AreaSchema } from '../src/schema/area.js';
import { ClaimSchema } from '../src/schema/claim.js';
import { ConflictSchema } from '../src/schema/conflict.js';
import { CorroborationSchema } from '../src/schema/corroboration.js';
import { DatasetSchema } from '../src/schema/dataset.js';
import { FigureSchema } from '../src/schema/figure.js';
import { LedgerEntrySchema } from '../src/schema/ledger-entry.js';
import { MeasureSchema } from '../src/schema/measure.js';
import { PlaceSchema } from '../src/schema/place.js';
import { ReleaseSchema } from '../src/schema/release.js';
import { SearchLogSchema } from '../src/schema/search-log.js';
import { SourceSchema } from '../src/schema/source.js';

/** One kind of data file: the key its records sit under, the record schema, and what the records are. */
export interface DataFileKind {
	/** The key of the records' array in the file, and (except corroborations) in the dataset. */
	readonly key: string;
	readonly record: z.ZodType;
	/** What the records are: the dataset field's description, said once in the zod schema. */
	readonly about: string;
}

const about = (key: keyof typeof DatasetSchema.shape): string => DatasetSchema.shape[key].description ?? key;

/**
 * Every kind of data file, by the name of its schema (`data/schema/<name>.schema.json`). Registries sit at the top of
 * `data/` (`areas.json`, `measures.json`, `age-bands.json`, `releases.json`), places in `data/places/`, and the seven
 * batch kinds in `data/batches/<batch>/<name>.json`.
 */
export const DATA_FILE_KINDS = {
	areas: { key: 'areas', record: AreaSchema, about: about('areas') },
	measures: { key: 'measures', record: MeasureSchema, about: about('measures') },
	'age-bands': { key: 'ageBands', record: AgeBandSchema, about: about('ageBands') },
	releases: { key: 'releases', record: ReleaseSchema, about: about('releases') },
	places: { key: 'places', record: PlaceSchema, about: about('places') },
	sources: { key: 'sources', record: SourceSchema, about: about('sources') },
	figures: { key: 'figures', record: FigureSchema, about: about('figures') },
	claims: { key: 'claims', record: ClaimSchema, about: about('claims') },
	conflicts: { key: 'conflicts', record: ConflictSchema, about: about('conflicts') },
	corroborations: {
		key: 'corroborations',
		record: CorroborationSchema,
		about: "Further pages reporting a figure another batch holds, merged into that figure's sources on load.",
	},
	searches: { key: 'searches', record: SearchLogSchema, about: about('searches') },
	ledger: { key: 'ledger', record: LedgerEntrySchema, about: about('ledger') },
} as const satisfies Record<string, DataFileKind>;

export type DataFileKindName = keyof typeof DATA_FILE_KINDS;

/** The record kinds a batch folder may hold, in the order they are read. */
export const BATCH_KINDS = [
	'sources',
	'figures',
	'claims',
	'conflicts',
	'corroborations',
	'searches',
	'ledger',
] as const;

/** The registries at the top of `data/`, by file name. */
export const REGISTRY_KINDS = ['areas', 'measures', 'age-bands', 'releases'] as const;

/**
 * The schema of one data file: `{ "$schema": "<relative path>", "<key>": [records] }`. `$schema` lets an editor
 * explain each field; the records are validated on their own, so an error names the file.
 */
export function dataFileSchema(name: DataFileKindName) {
	const kind: DataFileKind = DATA_FILE_KINDS[name];
	return z
		.object({
			$schema: z
				.string()
				.optional()
				.describe(`The path of this file's JSON Schema, data/schema/${name}.schema.json, relative to this file.`),
			[kind.key]: z.array(kind.record).describe(kind.about),
		})
		.strict()
		.describe(`A Signpost data file of ${name}. ${kind.about}`);
}
