import { formatAnswer } from '@signpost-uk/sdk';
import type { z } from 'zod';
import { helpFirstContent } from './answer-result.js';
import { helpOutput } from './help-output.js';
import { SearchAreasInput } from './input-schemas.js';
import { SearchAreasOutput } from './output-schemas.js';
import { READ_ONLY, type SignpostTool } from './signpost-tool.js';
import { areaOutput } from './to-output.js';
import { withHelpLines } from './tool-result.js';

/**
 * `search_areas`: areas whose names or aliases match, best first, with the years each holds; over the SDK's
 * `searchAreas` and `listYears`.
 *
 * @example
 * ```ts
 * searchAreasTool.run({ text: 'hants' }, api).structured.areas;
 * ```
 */
export const searchAreasTool = {
	name: 'search_areas',
	title: 'Find an area',
	description:
		'Finds UK police forces, nations, regions and the UK by name, alias or abbreviation ("Hants", "Notts", "Dyfed"), best match first (score 1 is an exact name or alias, lower scores are looser matches), with the financial years each holds figures for. When more than one area could be meant, or the best match is not exact, ask the person which they mean with the choices; never pick one for them, and say when a name was corrected. Show the person the help lines from the result.',
	input: SearchAreasInput,
	output: SearchAreasOutput,
	annotations: { ...READ_ONLY, title: 'Find an area' },
	run({ text, limit, audience, topic }, signpost) {
		const result = signpost.searchAreas(text, { limit, help: { audience, topic } });
		if (result.status === 'help-first')
			return { text: formatAnswer(result, { format: 'text' }), structured: helpFirstContent(result) };
		const help = helpOutput({ audience, topic });
		if (result.status === 'not-found') {
			return {
				text: withHelpLines([result.message], help),
				structured: {
					status: 'not-found',
					reason: result.reason,
					message: result.message,
					help,
				} satisfies z.infer<typeof SearchAreasOutput>,
			};
		}
		const areas = result.areas.map((match) => {
			const years = signpost.listYears({ area: match.area.id });
			return {
				area: areaOutput(match.area),
				score: match.score,
				matched: match.matched,
				yearsHeld: years.status === 'found' ? [...years.years] : [],
			};
		});
		const lines = areas.map(
			(a) =>
				`- ${a.area.shortName} (${a.area.name}, ${a.area.kind}, id ${a.area.id}): Years held: ${a.yearsHeld.length ? a.yearsHeld.join(', ') : 'none'}.`,
		);
		return {
			text: withHelpLines(lines, help),
			structured: { status: 'found', areas, help } satisfies z.infer<typeof SearchAreasOutput>,
		};
	},
} satisfies SignpostTool<typeof SearchAreasInput>;
