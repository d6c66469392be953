import { helpSection } from './help-block.js';
import { frontMatter, mdTable, mdText } from './markdown-text.js';
import { SITE_PATHS } from './site-paths.js';

/** The parts of an OpenAPI 3.1 document the reference page shows. */
export interface OpenApiDocument {
	readonly info: { readonly title: string; readonly version: string; readonly description?: string };
	readonly paths: Readonly<
		Record<
			string,
			{
				readonly get?: {
					readonly summary?: string;
					readonly description?: string;
					readonly parameters?: readonly {
						readonly name: string;
						readonly in: string;
						readonly required?: boolean;
						readonly description?: string;
						readonly example?: unknown;
						readonly schema?: { readonly example?: unknown };
					}[];
					readonly responses: Readonly<Record<string, { readonly description: string; readonly content?: object }>>;
				};
			}
		>
	>;
}

/** The problem types the API answers with, in the order of their statuses; each has an anchor its `type` URI names. */
const PROBLEMS: readonly (readonly [kind: string, status: string, when: string])[] = [
	['bad-parameter', '400', 'a parameter could not be read; `parameter` names it (never its value)'],
	['unknown-area', '404', 'no area has that name or id; `suggestions` may offer some'],
	['not-found', '404', 'no such path or file'],
	['method-not-allowed', '405', 'a method other than GET, HEAD or OPTIONS'],
	['uri-too-long', '414', 'an address over 8,192 characters'],
	['too-many-requests', '429', 'over the rate limit; `Retry-After` says when to try again'],
	['internal', '500', 'an error on Signpost’s side; nothing of the request is kept or sent back'],
];

type Parameter = NonNullable<NonNullable<OpenApiDocument['paths'][string]['get']>['parameters']>[number];

/** A parameter's example: on the parameter, or (as zod-openapi writes it) on its schema. */
const exampleOf = (p: Parameter): unknown => p.example ?? p.schema?.example;

function endpointSection(path: string, get: NonNullable<OpenApiDocument['paths'][string]['get']>): string {
	const parameters = (get.parameters ?? []).map((p) => [
		`\`${p.name}\``,
		p.in,
		p.required ? 'yes' : 'no',
		mdText(p.description ?? ''),
		exampleOf(p) === undefined ? '' : `\`${String(exampleOf(p))}\``,
	]);
	const responses = Object.entries(get.responses).map(([status, r]) => [
		status,
		Object.keys(r.content ?? {})
			.map((type) => `\`${type}\``)
			.join(', '),
		mdText(r.description),
	]);
	const example = (get.parameters ?? [])
		.filter((p) => p.in === 'query' && p.required && exampleOf(p) !== undefined)
		.map((p) => `${p.name}=${String(exampleOf(p))}`)
		.join('&');
	const pathExample = path.replace(/\{(\w+)\}/g, (_, name: string) => {
		const param = get.parameters?.find((p) => p.name === name);
		return String((param && exampleOf(param)) ?? name);
	});
	return [
		`### GET ${path}`,
		'',
		`**${mdText(get.summary ?? '')}.** ${mdText(get.description ?? '')}`,
		'',
		'```sh',
		`curl 'http://127.0.0.1:8787${pathExample}${example ? `?${example}` : ''}'`,
		'```',
		'',
		...(parameters.length ? [mdTable(['Parameter', 'In', 'Required', 'What it is', 'Example'], parameters), ''] : []),
		mdTable(['Status', 'Type', 'When'], responses),
		'',
	].join('\n');
}

/**
 * The HTTP API's reference page, generated at docs build time from the API's own OpenAPI 3.1 document (which is
 * generated from its route definitions): how to start it, every endpoint with its parameters and responses, the
 * problem types (each with the anchor its `type` URI names), and the help lines.
 *
 * @param document - the API's `/v1/openapi.json`
 * @returns the page's Markdown
 * @example
 * ```ts
 * const document = await (await createApi().fetch(new Request('http://localhost/v1/openapi.json'))).json();
 * apiReferencePage(document); // "# HTTP API ..."
 * ```
 */
export function apiReferencePage(document: OpenApiDocument): string {
	const endpoints = Object.entries(document.paths).flatMap(([path, item]) =>
		item.get ? [endpointSection(path, item.get)] : [],
	);
	return [
		frontMatter({ title: 'HTTP API' }),
		'',
		'# HTTP API',
		'',
		mdText(document.info.description ?? ''),
		'',
		'Start it from the repository root (after `pnpm install` and `pnpm build`), on `PORT` (default 8787):',
		'',
		'```sh',
		'pnpm api',
		'```',
		'',
		`The OpenAPI document (version ${document.info.version}) is served at \`/v1/openapi.json\`; this page is generated from it. ` +
			'The same app runs as a Cloudflare Worker; see `apps/api/README.md` for the Worker, caching, CORS and the ' +
			'rate limit.',
		'',
		'## Endpoints',
		'',
		...endpoints,
		'## Problems',
		'',
		'Errors are `application/problem+json` (RFC 9457) with `type`, `title`, `status`, `detail` and `help`.',
		'',
		...PROBLEMS.flatMap(([kind, status, when]) => [`### ${status} ${kind} {#problem-${kind}}`, '', `${when}.`, '']),
		helpSection(SITE_PATHS.support.link),
		'',
	].join('\n');
}
