import { z } from '@hono/zod-openapi';
import { selectHelp } from '@signpost-uk/domain';
import { dataChanges } from '@signpost-uk/sdk';
import { knownReleases } from '../data/releases.js';
import { defineEndpoint } from '../endpoint/endpoint.js';
import { queryText } from '../endpoint/query-text.js';
import { json, problemReply, type Reply } from '../endpoint/reply.js';
import { problem } from '../http/problem.js';
import { ChangesResultSchema } from '../schemas/reference-schemas.js';

function unknownVersion(parameter: 'from' | 'to'): Reply {
	const versions = [...knownReleases().keys()].join(', ');
	return problemReply(
		problem('bad-parameter', `The query parameter "${parameter}" is not a release held here: ${versions}.`, {
			parameter,
		}),
	);
}

/**
 * `GET /v1/changes?from=&to=`: the figures added, changed and withdrawn between two releases (the SDK's
 * `dataChanges`). By default, from the last published release to the bundled dataset.
 *
 * @example
 * ```sh
 * curl 'http://127.0.0.1:8787/v1/changes?from=2026-11-30'
 * ```
 */
export const changesEndpoint = defineEndpoint({
	path: '/v1/changes',
	operationId: 'getChanges',
	summary: 'What changed between releases',
	description:
		'The figures added, changed (which fields, from what to what) and withdrawn between two releases of the ' +
		'dataset, by version ("2026-11-30"). By default from the last published release to the data served.',
	tag: 'Data',
	query: z.object({
		from: queryText('from', 'The older release’s version.', '2026-11-30').optional(),
		to: queryText('to', 'The newer release’s version.', '2026-11-30').optional(),
	}),
	success: { schema: ChangesResultSchema, description: 'The changes, each list sorted by figure id.' },
	problems: [400],
	answer: ({ query }) => {
		const releases = knownReleases();
		const versions = [...releases.keys()];
		const from = releases.get(query.from ?? versions[0] ?? '');
		const to = releases.get(query.to ?? versions.at(-1) ?? '');
		if (!from) return unknownVersion('from');
		if (!to) return unknownVersion('to');
		return json({ ...dataChanges(from, to), help: selectHelp() });
	},
});
