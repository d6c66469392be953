import { CAVEAT_SUMMARY, type Dataset, helpLines, helpSentence, selectHelp } from '@signpost-uk/domain';
import { csvField } from '../output/csv-field.js';
import { type DataTable, dataTables } from './data-tables.js';

/** The package's name in the descriptor: lower case, as the Data Package spec asks. */
export const DATA_PACKAGE_NAME = 'signpost-uk-child-sexual-offences-recorded';

/** The files of a data package: path inside the package directory, and the file's text. */
export type DataPackageFiles = Readonly<Record<string, string>>;

function csv(table: DataTable): string {
	const header = table.fields.map((f) => f.name).join(',');
	const rows = table.rows.map((row) => row.map((v) => (v === null ? '' : csvField(String(v)))).join(','));
	return `${[header, ...rows].join('\r\n')}\r\n`;
}

/**
 * The dataset as a Frictionless Data Package (https://datapackage.org): `datapackage.json` describing tidy CSV tables
 * (figures, areas, measures, age bands, sources, figure-source links with quotes, conflicts, claims), the whole
 * dataset as `dataset.json` (what `createSignpost({ dataset })` loads), its JSON Schema and a README with the help
 * lines. Pure: it returns the files' text, and the CLI's `signpost export <dir>` writes them.
 *
 * @param dataset - a validated dataset, as `getDataset()` returns it
 * @param jsonSchema - the dataset's JSON Schema (`DatasetSchema` as JSON Schema)
 * @returns every file of the package, by path
 * @example
 * ```ts
 * const files = dataPackage(getDataset(), datasetJsonSchema());
 * JSON.parse(files['datapackage.json']).version; // "2026-11-30"
 * ```
 */
export function dataPackage(dataset: Dataset, jsonSchema: unknown): DataPackageFiles {
	const tables = dataTables(dataset);
	const help = selectHelp();
	const { help: _ignored, ...plain } = dataset as Dataset & { help?: unknown };
	const descriptor = {
		$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
		name: DATA_PACKAGE_NAME,
		title: 'Signpost: UK police-recorded child sexual offence figures, with their sources',
		description:
			'Figures from the NSPCC’s Freedom of Information releases on police-recorded child sexual offences, as the ' +
			`press and the NSPCC reported them, each with its source and the exact quote. ${CAVEAT_SUMMARY} ` +
			`Get help: ${helpSentence(help)}.`,
		version: dataset.version,
		created: `${dataset.version}T00:00:00Z`,
		keywords: ['nspcc', 'childline', 'police-recorded-crime', 'child-sexual-offences', 'uk'],
		licenses: [
			{
				name: 'MIT',
				path: 'https://opensource.org/license/mit',
				title: 'MIT License (the compilation; each quote remains its publisher’s words, quoted for citation)',
			},
		],
		sources: dataset.sources.map((source) => ({
			title: source.publisher ? `${source.publisher}: ${source.title}` : source.title,
			...(source.url ? { path: source.url } : {}),
		})),
		contributors: [{ title: 'Signpost', roles: ['creator'] }],
		help: help.services.slice(0, 3).map((s) => ({ name: s.name, phone: s.phone })),
		resources: [
			...tables.map(tableResource),
			{
				name: 'dataset',
				path: 'dataset.json',
				format: 'json',
				mediatype: 'application/json',
				encoding: 'utf-8',
				title: 'The whole dataset as one JSON value',
				description: 'What createSignpost({ dataset }) in @signpost-uk/sdk loads; valid against dataset.schema.json.',
				schema: 'dataset.schema.json',
			},
			{
				name: 'dataset-schema',
				path: 'dataset.schema.json',
				format: 'json',
				mediatype: 'application/schema+json',
				encoding: 'utf-8',
				title: 'JSON Schema of dataset.json',
			},
		],
	};
	const files: Record<string, string> = {
		'datapackage.json': `${JSON.stringify(descriptor, null, 2)}\n`,
		'dataset.json': `${JSON.stringify(plain, null, 2)}\n`,
		'dataset.schema.json': `${JSON.stringify(jsonSchema, null, 2)}\n`,
		'README.md': readme(dataset, tables),
	};
	for (const table of tables) files[`${table.name}.csv`] = csv(table);
	return files;
}

/** A table's resource in the package descriptor: its CSV file, dialect and Table Schema. */
function tableResource(table: DataTable) {
	return {
		name: table.name,
		type: 'table',
		path: `${table.name}.csv`,
		scheme: 'file',
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		title: table.title,
		description: table.description,
		dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
		schema: {
			fields: table.fields,
			primaryKey: table.primaryKey,
			...(table.foreignKeys.length ? { foreignKeys: table.foreignKeys } : {}),
			missingValues: [''],
		},
	};
}

function readme(dataset: Dataset, tables: readonly DataTable[]): string {
	return [
		`# Signpost data package, version ${dataset.version}`,
		'',
		'UK police-recorded child sexual offence figures from the NSPCC’s Freedom of Information releases, as reported,',
		'each with its source and exact quote.',
		CAVEAT_SUMMARY,
		'',
		...tables.map((t) => `- \`${t.name}.csv\`: ${t.description}`),
		'- `dataset.json`: the whole dataset, as `createSignpost({ dataset })` loads it; `dataset.schema.json` is its schema.',
		'',
		'## Get help',
		'',
		...helpLines(selectHelp()),
		'',
	].join('\n');
}
