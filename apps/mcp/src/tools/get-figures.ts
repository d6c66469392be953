import { answerResult } from './answer-result.js';
import { GetFiguresInput } from './input-schemas.js';
import { FiguresOutput } from './output-schemas.js';
import { RESPONSIBLE_USE } from './responsible-use.js';
import { READ_ONLY, type SignpostTool } from './signpost-tool.js';
import { areaOutput, changeOutput, figureOutput, notComparedOutput, resolutionOutput } from './to-output.js';

/**
 * `get_figures`: everything held for one area and year, over the SDK's `getFigures`.
 *
 * @example
 * ```ts
 * getFiguresTool.run({ area: 'Derbyshire', year: '2016/17' }, api).structured.help;
 * ```
 */
export const getFiguresTool = {
	name: 'get_figures',
	title: 'Figures for an area and year',
	description: `Police-recorded child sexual offence figures for one UK police force, nation, region or the UK, for one financial year (the latest held when no year is given): each figure with its source, exact quote, address and date, the change from the previous year where Signpost can compute one, conflicts between sources, caveats and the help lines. Use search_areas first when the place is unclear. ${RESPONSIBLE_USE}`,
	input: GetFiguresInput,
	output: FiguresOutput,
	annotations: { ...READ_ONLY, title: 'Figures for an area and year' },
	answerKind: 'figures',
	run({ area, year, measure, breakdown, audience, topic }, signpost) {
		const answer = signpost.getFigures({ area, year, measure, breakdown }, { help: { audience, topic } });
		return answerResult(answer, ({ data: d, resolution }) => ({
			area: areaOutput(d.area),
			...(resolution ? { resolution: resolutionOutput(resolution) } : {}),
			year: d.year,
			yearsHeld: [...d.yearsHeld],
			laterYearsWithout: [...d.laterYearsWithout],
			figures: d.figures.map(figureOutput),
			spanFigures: d.spanFigures.map(figureOutput),
			disputedPrevious: d.disputedPrevious.map(figureOutput),
			notComparedPrevious: d.notCompared.map((p) => figureOutput(p.from)),
			changes: d.changes.map(changeOutput),
			notCompared: d.notCompared.map(notComparedOutput),
		}));
	},
} satisfies SignpostTool<typeof GetFiguresInput>;
