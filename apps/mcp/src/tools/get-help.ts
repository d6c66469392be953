import type { z } from 'zod';
import { helpOutput } from './help-output.js';
import { GetHelpInput } from './input-schemas.js';
import { GetHelpOutput } from './output-schemas.js';
import { READ_ONLY, type SignpostTool } from './signpost-tool.js';
import { withHelpLines } from './tool-result.js';

/**
 * `get_help`: the help lines on their own, over the SDK's `getHelplines`.
 *
 * @example
 * ```ts
 * getHelpTool.run({ audience: 'child' }, api).structured.help.services[0].phone; // "0800 1111"
 * ```
 */
export const getHelpTool = {
	name: 'get_help',
	title: 'Help lines',
	description:
		'Where a child, young person or worried adult can get help now: Childline, the NSPCC Helpline and 999 always, plus CEOP, Report Remove or Stop It Now for a topic. Use it whenever the person may be affected or at risk, or asks where to get help, and show them the help lines in the result as they are, with nothing left out.',
	input: GetHelpInput,
	output: GetHelpOutput,
	annotations: { ...READ_ONLY, title: 'Help lines' },
	run({ audience, topic }) {
		const help = helpOutput({ audience, topic });
		return {
			text: withHelpLines([], help),
			structured: { status: 'found', help } satisfies z.infer<typeof GetHelpOutput>,
		};
	},
} satisfies SignpostTool<typeof GetHelpInput>;
