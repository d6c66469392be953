import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { formatIssues } from '../src/dataset/format-issues.js';
import { type Dataset, DatasetSchema } from '../src/schema/dataset.js';
import {
	BATCH_KINDS,
	DATA_FILE_KINDS,
	type DataFileKindName,
	dataFileSchema,
	REGISTRY_KINDS,
} from './data-file-kinds.js';
import { orExit } from './or-exit.js';

/** The folder holding the dataset's JSON files. */
export const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

/** A data file that does not read or validate; the message starts with the file's path inside `data/`. */
export class DataFileError extends Error {
	public override readonly name = 'DataFileError';
}

/** Where one record of the assembled dataset came from. */
interface Origin {
	readonly file: string;
	readonly index: number;
}

/** The raw dataset (not yet cross-checked) and where each record came from, by dataset key. */
export interface DataFiles {
	readonly raw: Record<string, unknown>;
	readonly origins: ReadonlyMap<string, readonly Origin[]>;
}

interface Identified {
	id?: unknown;
}

function readRecords(dir: string, file: string, name: DataFileKindName, schemaPath: string): Record<string, unknown>[] {
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	} catch (error) {
		throw new DataFileError(`${file}: ${(error as Error).message}`);
	}
	const result = dataFileSchema(name).safeParse(value);
	if (!result.success)
		throw new DataFileError(`${file}: ${formatIssues(result.error.issues).replaceAll('\n', `\n${file}: `)}`);
	const held = value as Record<string, unknown>;
	if (held.$schema !== undefined && held.$schema !== schemaPath)
		throw new DataFileError(`${file}: $schema: must be "${schemaPath}" (the ${name} schema)`);
	// the JSON as written (not zod's output), so the dataset schema fills in defaults once
	return held[DATA_FILE_KINDS[name].key] as Record<string, unknown>[];
}

function jsonFiles(dir: string, folder: string): string[] {
	return readdirSync(join(dir, folder))
		.filter((name) => name.endsWith('.json'))
		.sort();
}

/**
 * Reads every data file under `dir`, validating each against its kind's schema on its own (so an error names the
 * file), and assembles one dataset value in file order: registries, places, then each batch folder (sorted by name)
 * with corroborations merged into the figures they confirm. Throws {@link DataFileError} for a file that does not
 * read or validate, a stray file in a batch folder, an id held by two files, or a corroboration of an unknown figure.
 */
export function readDataFiles(dir: string = dataDir): DataFiles {
	const lists = new Map<string, Record<string, unknown>[]>();
	const origins = new Map<string, Origin[]>();
	const owners = new Map<string, string>();
	const add = (name: DataFileKindName, file: string, schemaPath: string) => {
		const records = readRecords(dir, file, name, schemaPath);
		const key = DATA_FILE_KINDS[name].key;
		const list = lists.get(key) ?? [];
		const from = origins.get(key) ?? [];
		records.forEach((record, index) => {
			const id = (record as Identified).id;
			if (typeof id === 'string') {
				const owner = owners.get(`${key}:${id}`);
				if (owner) throw new DataFileError(`${file}: ${key}[${index}].id: "${id}" is already an id in ${owner}`);
				owners.set(`${key}:${id}`, file);
			}
			list.push(record);
			from.push({ file, index });
		});
		lists.set(key, list);
		origins.set(key, from);
	};
	for (const name of REGISTRY_KINDS) add(name, `${name}.json`, `./schema/${name}.schema.json`);
	for (const file of jsonFiles(dir, 'places')) add('places', `places/${file}`, '../schema/places.schema.json');
	// in path order, as a sorted list of the files' paths reads them (so `leads-outcomes/` before `leads/`)
	const batches = readdirSync(join(dir, 'batches'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `${entry.name}/`)
		.sort();
	for (const batch of batches) {
		const files = readdirSync(join(dir, 'batches', batch)).sort();
		const kindOf = (file: string) =>
			BATCH_KINDS.find((name) => new RegExp(`^${name}(-[a-z0-9-]+)?\\.json$`).test(file));
		const stray = files.find((file) => !kindOf(file));
		if (stray)
			throw new DataFileError(
				`batches/${batch}${stray}: a batch folder holds only ${BATCH_KINDS.map((name) => `${name}.json`).join(', ')} (or <kind>-<part>.json)`,
			);
		for (const name of BATCH_KINDS) {
			for (const file of files.filter((f) => kindOf(f) === name))
				add(name, `batches/${batch}${file}`, `../../schema/${name}.schema.json`);
		}
	}
	mergeCorroborations(lists, origins);
	const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { version?: unknown };
	const raw: Record<string, unknown> = { version: meta.version };
	for (const name of [
		...REGISTRY_KINDS,
		'sources',
		'figures',
		'claims',
		'conflicts',
		'places',
		'searches',
		'ledger',
	] as const) {
		const key = DATA_FILE_KINDS[name].key;
		raw[key] = lists.get(key) ?? [];
	}
	return { raw, origins };
}

function mergeCorroborations(lists: Map<string, Record<string, unknown>[]>, origins: Map<string, Origin[]>): void {
	const byId = new Map((lists.get('figures') ?? []).map((figure) => [figure.id, figure]));
	const from = origins.get('corroborations') ?? [];
	(lists.get('corroborations') ?? []).forEach((extra, i) => {
		const figure = byId.get(extra.figure);
		const at = from[i];
		const where = at ? `${at.file}: corroborations[${at.index}].figure` : 'corroborations';
		if (!figure) throw new DataFileError(`${where}: unknown figure "${String(extra.figure)}"`);
		(figure.sources as unknown[]).push({ source: extra.source, quote: extra.quote });
	});
}

/** A dataset issue's location: the data file and the record's index in it, where the issue is about one record. */
function locate(issue: z.core.$ZodIssue, origins: ReadonlyMap<string, readonly Origin[]>): z.core.$ZodIssue {
	const [key, index, ...rest] = issue.path;
	const origin = typeof key === 'string' && typeof index === 'number' ? origins.get(key)?.[index] : undefined;
	if (!origin) return issue;
	return { ...issue, path: [`${origin.file}: ${String(key)}`, origin.index, ...rest] };
}

/**
 * Reads, validates and cross-checks the data files: the dataset as the bundle holds it (defaults filled in). Throws
 * {@link DataFileError} naming each file, record and problem.
 *
 * @example
 * ```ts
 * checkDataFiles().figures.length; // every figure in data/batches
 * ```
 */
export function checkDataFiles(dir: string = dataDir): Dataset {
	const { raw, origins } = readDataFiles(dir);
	const checked = DatasetSchema.safeParse(raw);
	if (checked.success) return checked.data;
	throw new DataFileError(
		`The dataset does not validate:\n${formatIssues(checked.error.issues.map((issue) => locate(issue, origins)))}`,
	);
}

/**
 * {@link checkDataFiles} for a script: the dataset, or the problem on stderr (file, record, path) and exit code 1.
 *
 * @example
 * ```ts
 * const dataset = checkDataFilesOrExit();
 * ```
 */
export function checkDataFilesOrExit(): Dataset {
	return orExit(() => checkDataFiles());
}
