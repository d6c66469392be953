import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import type { Dataset } from '../../schema/dataset.js';
import type { Figure } from '../../schema/figure.js';
import { deriveMemberTotals } from '../derived-totals.js';

const data = getBundledDataset();

function figure(id: string): Figure {
	const found = data.figures.find((f) => f.id === id);
	if (!found) throw new Error(`no figure ${id}`);
	return found;
}

/** The computed totals as "area period = value". */
function computed(dataset: Dataset): string[] {
	return deriveMemberTotals(dataset).derived.map((d) => `${d.area.id} ${d.period} ${d.measure} = ${d.value}`);
}

describe('totals that follow from cited totals', () => {
	it('computes Cleveland’s 2022/23 total from the North East and Cumbria total less the other three forces', () => {
		const total = figure('north-east-and-cumbria-2022-23-total-chronicle-live');
		const others = ['durham', 'northumbria', 'cumbria'].map(
			(area) =>
				data.figures.find(
					(f) => f.area === area && f.period === '2022/23' && f.measure === 'child-sexual-offences' && !f.breakdown,
				)?.value ?? Number.NaN,
		);
		const cleveland = deriveMemberTotals(data).derived.find((d) => d.area.id === 'cleveland');
		expect(cleveland?.value).toBe(total.value - others.reduce((a, b) => a + b, 0));
		expect(cleveland?.value).toBe(2108);
		expect(cleveland?.release.id).toBe('nspcc-2024-01');
		expect(cleveland?.label).toBe(
			'computed by Signpost from the cited counts: North East and Cumbria 6,346 less Durham 1,303, Northumbria 1,990 and Cumbria 945',
		);
	});

	it('computes Hampshire’s 2022/23 total from the Dorset, Hampshire and Isle of Wight total less Dorset’s', () => {
		expect(computed(data)).toContain('hampshire 2022/23 child-sexual-offences = 3368');
	});

	it('never adds a computed total to the dataset’s figures, and computes nothing for a force with a reported total', () => {
		const reported = new Set(data.figures.map((f) => `${f.area} ${f.period} ${f.measure}`));
		for (const d of deriveMemberTotals(data).derived) {
			expect(reported.has(`${d.area.id} ${d.period} ${d.measure}`)).toBe(false);
			expect(d.label.startsWith('computed by Signpost from the cited counts')).toBe(true);
		}
	});

	it('uses no region total: the East of England in 2019/20 lacks only Bedfordshire, but pages disagree on its forces', () => {
		expect(computed(data).filter((c) => c.startsWith('bedfordshire'))).toEqual([]);
	});

	it('computes nothing where two members are missing (Wales in 2019/20 gives no force)', () => {
		expect(computed(data).filter((c) => c.includes('2019/20 child-sexual-offences'))).toEqual([]);
	});
});

describe('refusing a total where the sources disagree', () => {
	/** The bundled data with one more figure (a second page of the same release). */
	function withFigure(extra: Figure): Dataset {
		return { ...data, figures: [...data.figures, extra] };
	}

	it('refuses when the release gives a member two values (a page whose headline contradicts its table)', () => {
		const durham = figure('durham-2022-23-total');
		const dataset = withFigure({ ...durham, id: 'durham-2022-23-total-other-page', value: 1_400 });
		const { derived, refused } = deriveMemberTotals(dataset);
		expect(derived.some((d) => d.area.id === 'cleveland')).toBe(false);
		expect(refused.find((r) => r.area.id === 'cleveland')).toMatchObject({ reason: 'sources-disagree' });
	});

	it('refuses when a documented conflict names a figure it would use', () => {
		const dataset: Dataset = {
			...data,
			conflicts: [
				...data.conflicts,
				{
					id: 'test-dorset-2022-23',
					kind: 'disagreement',
					figures: ['dorset-2022-23-total', 'dorset-and-hampshire-2022-23-total'],
					note: 'test',
				},
			],
		};
		const refused = deriveMemberTotals(dataset).refused.find((r) => r.area.id === 'hampshire');
		expect(refused?.reason).toBe('sources-disagree');
		expect(deriveMemberTotals(dataset).derived.some((d) => d.area.id === 'hampshire')).toBe(false);
	});

	it('refuses when the other members already add up to the group total or more', () => {
		const dorset = figure('dorset-2022-23-total');
		const dataset: Dataset = {
			...data,
			figures: data.figures.map((f) => (f.id === dorset.id ? { ...f, value: 4_282 } : f)),
		};
		expect(deriveMemberTotals(dataset).refused.find((r) => r.area.id === 'hampshire')?.reason).toBe(
			'members-exceed-total',
		);
	});
});
