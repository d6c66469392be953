import { z } from '@hono/zod-openapi';
import { selectHelp } from '@signpost-uk/domain';
import { DATA_PACKAGE_FOLDER, dataPackageFiles } from '../data/data-package-files.js';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { json, problemReply, type Reply } from '../endpoint/reply.js';
import { problem } from '../http/problem.js';
import { DataPackageSchema, JsonFileSchema } from '../schemas/reference-schemas.js';

/**
 * `GET /v1/datapackage.json`: the dataset as a Frictionless Data Package descriptor; each resource's `path` is
 * relative to it (`datapackage/figures.csv`), and `help` is the full help lines.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/datapackage.json'
 * ```
 */
export const dataPackageEndpoint = defineEndpoint({
	path: '/v1/datapackage.json',
	operationId: 'getDataPackage',
	summary: 'The Data Package descriptor',
	description:
		'The whole dataset as a Frictionless Data Package (https://datapackage.org): tidy CSV tables, the dataset as ' +
		'JSON and its JSON Schema, each under `/v1/datapackage/`.',
	tag: 'Data',
	success: { schema: DataPackageSchema, description: 'The descriptor.' },
	problems: [],
	answer: () => {
		const descriptor = JSON.parse(dataPackageFiles()['datapackage.json'] ?? '{}') as {
			resources: { path: string }[];
		};
		const resources = descriptor.resources.map((r) => ({ ...r, path: `${DATA_PACKAGE_FOLDER}/${r.path}` }));
		return json({ ...descriptor, resources, help: selectHelp() });
	},
});

const MEDIA_TYPES: Record<string, string> = {
	csv: 'text/csv; charset=utf-8',
	md: 'text/markdown; charset=utf-8',
	json: 'application/json; charset=utf-8',
};

function fileReply(name: string): Reply {
	const text = name === 'datapackage.json' ? undefined : dataPackageFiles()[name];
	const extension = name.split('.').at(-1) ?? '';
	const mediaType = MEDIA_TYPES[extension];
	if (text === undefined || mediaType === undefined) {
		return problemReply(problem('not-found', 'The data package has no file of that name.', { parameter: 'file' }));
	}
	// JSON files carry the help lines like every JSON body (the dataset's loader ignores `help`).
	if (extension === 'json') return json({ ...(JSON.parse(text) as object), help: selectHelp() });
	return { kind: 'text', body: text, contentType: mediaType };
}

/**
 * `GET /v1/datapackage/{file}`: one file of the Data Package: a CSV table, `dataset.json` (with `help`),
 * `dataset.schema.json` or `README.md`.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/datapackage/figures.csv'
 * ```
 */
export const dataPackageFileEndpoint = defineEndpoint({
	path: '/v1/datapackage/{file}',
	operationId: 'getDataPackageFile',
	summary: 'A file of the Data Package',
	description: 'A CSV table (`figures.csv`, `areas.csv`, ...), `dataset.json`, `dataset.schema.json` or `README.md`.',
	tag: 'Data',
	params: z.object({
		file: z
			.string()
			.max(100)
			.openapi({
				param: { name: 'file', in: 'path' },
				description: 'A file named in the descriptor.',
				example: 'figures.csv',
			}),
	}),
	success: {
		schema: JsonFileSchema,
		description: 'The file: a CSV table, the README, or a JSON file with `help` beside its content.',
		textMediaTypes: ['text/csv', 'text/markdown'],
	},
	problems: [400, 404],
	answer: ({ params }) => fileReply(params.file),
});
