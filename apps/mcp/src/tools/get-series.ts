import { answerResult } from './answer-result.js';
import { GetSeriesInput } from './input-schemas.js';
import { SeriesOutput } from './output-schemas.js';
import { RESPONSIBLE_USE } from './responsible-use.js';
import { READ_ONLY, type SignpostTool } from './signpost-tool.js';
import { areaOutput, changeOutput, figureOutput, measureOutput, notComparedOutput } from './to-output.js';

/**
 * `get_series`: one measure for one area, year by year, over the SDK's `getSeries`.
 *
 * @example
 * ```ts
 * getSeriesTool.run({ area: 'Staffordshire' }, api).structured.help;
 * ```
 */
export const getSeriesTool = {
	name: 'get_series',
	title: 'Figures year by year',
	description: `One measure (all child sexual offences recorded unless another is named) for one area, year by year, oldest first: every year's figures with their sources, the year-on-year changes Signpost can compute from comparable cited counts, the years it does not compare and why, and the help lines. A year with more than one figure is a conflict between sources: show both. ${RESPONSIBLE_USE}`,
	input: GetSeriesInput,
	output: SeriesOutput,
	annotations: { ...READ_ONLY, title: 'Figures year by year' },
	answerKind: 'series',
	run({ area, measure, from, to, breakdown, audience, topic }, signpost) {
		const answer = signpost.getSeries({ area, measure, from, to, breakdown }, { help: { audience, topic } });
		return answerResult(answer, ({ data: d }) => ({
			area: areaOutput(d.area),
			measure: measureOutput(d.measure),
			yearsHeld: d.points.map((p) => p.year),
			laterYearsWithout: [...d.laterYearsWithout],
			points: d.points.map((p) => ({ year: p.year, figures: p.figures.map(figureOutput) })),
			changes: d.changes.map(changeOutput),
			notCompared: d.notCompared.map(notComparedOutput),
		}));
	},
} satisfies SignpostTool<typeof GetSeriesInput>;
