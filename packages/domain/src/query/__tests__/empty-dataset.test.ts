import { describe, expect, it } from 'vitest';
import { createDataset } from '../../dataset/create-dataset.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';
import { fixtureInput, missingHelpNumbers } from '../../testing.js';
import { compareAreas } from '../compare-areas.js';
import { getCoverage } from '../get-coverage.js';
import { getFigures } from '../get-figures.js';
import { getNational } from '../get-national.js';
import { getSeries } from '../get-series.js';

// The registries with no figures yet: what the bundled dataset is before the data batches land.
const empty = createDataset({ ...fixtureInput, sources: [], figures: [], claims: [], conflicts: [] });

describe('a dataset with no figures', () => {
	const answers = [
		getFigures(empty, { area: 'Derbyshire' }),
		getFigures(empty, { area: 'Derbyshire', year: '2016/17' }),
		getFigures(empty, { area: 'Derbyshire', year: '2016/17', measure: 'sexual-communication-with-a-child' }),
		getSeries(empty, { area: 'Derbyshire' }),
		compareAreas(empty, { areas: ['Derbyshire', 'Kent'] }),
		getNational(empty),
		getNational(empty, { year: '2016/17' }),
	];

	it.each(answers.map((answer, i) => ({ i, answer })))('answer $i is not found, in plain words', ({ answer }) => {
		expect(answer.status).toBe('not-found');
		for (const text of [renderText(answer), renderMarkdown(answer)]) {
			expect(text).not.toMatch(/undefined|null|NaN|\[object/);
			expect(missingHelpNumbers(text)).toEqual([]);
		}
	});

	it('coverage shows every force with none held', () => {
		const coverage = getCoverage(empty);
		expect(coverage.forcesTotal).toBe(45);
		expect(coverage.forcesWithFigures).toBe(0);
		expect(coverage.years).toEqual([]);
	});
});
