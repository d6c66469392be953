import { answerResult } from './answer-result.js';
import { CompareAreasInput } from './input-schemas.js';
import { CompareOutput } from './output-schemas.js';
import { RESPONSIBLE_USE } from './responsible-use.js';
import { READ_ONLY, type SignpostTool } from './signpost-tool.js';
import { areaOutput, figureOutput, measureOutput, resolutionOutput } from './to-output.js';

/**
 * `compare_areas`: areas side by side for one year, over the SDK's `compareAreas`.
 *
 * @example
 * ```ts
 * compareAreasTool.run({ areas: ['Derbyshire', 'Staffordshire'], year: '2016/17' }, api).structured.help;
 * ```
 */
export const compareAreasTool = {
	name: 'compare_areas',
	title: 'Compare areas',
	description: `Two or more areas side by side for one financial year (the latest all of them hold when no year is given): each area's headline figures with their sources, and the help lines. An area with no published figure for the year is shown as such: say so, never fill it in. Forces differ in size and in how they record offences, so a higher count is not a worse place. ${RESPONSIBLE_USE}`,
	input: CompareAreasInput,
	output: CompareOutput,
	annotations: { ...READ_ONLY, title: 'Compare areas' },
	answerKind: 'compare',
	run({ areas, year, measure, audience, topic }, signpost) {
		const answer = signpost.compareAreas({ areas, year, measure }, { help: { audience, topic } });
		return answerResult(answer, ({ data: d }) => ({
			year: d.year,
			measure: measureOutput(d.measure),
			resolutions: d.resolutions.map(resolutionOutput),
			rows: d.rows.map((r) => ({ area: areaOutput(r.area), figures: r.figures.map(figureOutput) })),
		}));
	},
} satisfies SignpostTool<typeof CompareAreasInput>;
