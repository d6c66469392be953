import { describe, expect, it } from 'vitest';
import { viewFigure } from '../../answer/figure-view.js';
import { fixtureDataset, fixtureInput } from '../../testing.js';
import { createDataset } from '../create-dataset.js';
import { indexDataset } from '../dataset-index.js';
import { figureKey } from '../figure-key.js';

const fixture = fixtureDataset();

describe('indexDataset', () => {
	it('is built once per dataset value', () => {
		expect(indexDataset(fixture)).toBe(indexDataset(fixture));
	});

	it('looks figures up by key and by area', () => {
		const index = indexDataset(fixture);
		const key = figureKey({ area: 'derbyshire', period: '2015/16', measure: 'child-sexual-offences', breakdown: null });
		expect(
			index.figuresByKey
				.get(key)
				?.map((f) => f.value)
				.sort((a, b) => a - b),
		).toEqual([166, 983]);
		expect(index.figuresByArea.get('staffordshire')).toHaveLength(2);
		expect(index.figuresByArea.get('kent')).toBeUndefined();
	});

	it('a documented conflict is shown with both values and both sources', () => {
		const index = indexDataset(fixture);
		const figure = index.figures.get('derbyshire-2015-16-total-2018');
		if (!figure) throw new Error('fixture figure missing');
		const [conflict] = viewFigure(index, figure).conflicts;
		expect(conflict?.id).toBe('derbyshire-2015-16-total');
		expect(conflict?.values.map((v) => v.valueText).sort()).toEqual(['166', '983']);
		expect(conflict?.values.every((v) => v.sources.length > 0)).toBe(true);
	});

	it('an undocumented disagreement is still found and shown, never hidden', () => {
		const index = indexDataset(createDataset({ ...fixtureInput, conflicts: [] }));
		const figure = index.figures.get('derbyshire-2015-16-total-2017');
		if (!figure) throw new Error('fixture figure missing');
		const [conflict] = viewFigure(index, figure).conflicts;
		expect(conflict?.id).toMatch(/^found-/);
		expect(conflict?.values.map((v) => v.valueText).sort()).toEqual(['166', '983']);
	});

	it('claims are listed under the figures they cite', () => {
		const claims = indexDataset(fixture).claimsByFigure.get('uk-2016-17-total');
		expect(claims?.map((c) => c.id)).toEqual(['uk-2016-17-every-eight-minutes']);
	});
});
