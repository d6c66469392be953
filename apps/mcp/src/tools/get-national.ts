import { CAVEATS } from '@signpost-uk/sdk';
import { answerResult } from './answer-result.js';
import { GetNationalInput } from './input-schemas.js';
import { NationalOutput } from './output-schemas.js';
import { RESPONSIBLE_USE } from './responsible-use.js';
import { READ_ONLY, type SignpostTool } from './signpost-tool.js';
import { figureOutput } from './to-output.js';

/**
 * `get_national`: UK-wide and national figures for one year, over the SDK's `getNational`.
 *
 * @example
 * ```ts
 * getNationalTool.run({ year: '2022/23' }, api).structured.help;
 * ```
 */
export const getNationalTool = {
	name: 'get_national',
	title: 'National figures',
	description: `UK-wide and national figures (the UK, England and Wales, each nation) for one financial year (the latest held when no year is given), each with its sources, and the help lines. ${CAVEATS.forcesDiffer} ${RESPONSIBLE_USE}`,
	input: GetNationalInput,
	output: NationalOutput,
	annotations: { ...READ_ONLY, title: 'National figures' },
	answerKind: 'national',
	run({ year, measure, audience, topic }, signpost) {
		const answer = signpost.getNational({ year, measure }, { help: { audience, topic } });
		return answerResult(answer, ({ data: d }) => ({
			year: d.year,
			yearsHeld: [...d.yearsHeld],
			figures: d.figures.map(figureOutput),
		}));
	},
} satisfies SignpostTool<typeof GetNationalInput>;
