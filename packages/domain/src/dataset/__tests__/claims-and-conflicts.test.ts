import { describe, expect, it } from 'vitest';
import { claimProblems, corroborationProblems, undocumentedConflicts } from '../../__tests__/support/data-checks.js';
import { periodOf } from '../../period/period-of.js';
import type { ClaimKind } from '../../schema/claim.js';
import { fixtureDataset, fixtureInput } from '../../testing.js';
import { getBundledDataset } from '../bundled-dataset.js';
import { createDataset } from '../create-dataset.js';
import { figureKey } from '../figure-key.js';

const fixture = fixtureDataset();

const data = getBundledDataset();
const figures = new Map(data.figures.map((f) => [f.id, f]));

describe('claims', () => {
	it('every claim reproduces from its figures, or is flagged "reproduces": false with a note', () => {
		expect(claimProblems(data)).toEqual([]);
	});

	it('the check catches a wrong claim, a flag without a note and a flag on a claim that reproduces', () => {
		expect(claimProblems(fixture)).toEqual([]);
		const [first, ...rest] = fixtureInput.claims;
		if (!first) throw new Error('empty fixture');
		const variant = (claim: typeof first) =>
			claimProblems(createDataset({ ...fixtureInput, claims: [claim, ...rest] }));
		expect(variant({ ...first, stated: 35 })).toEqual([expect.stringContaining('stated exact 35')]);
		expect(variant({ ...first, stated: 35, reproduces: false })).toEqual([expect.stringContaining('has no note')]);
		expect(variant({ ...first, stated: 35, reproduces: false, note: 'The article says 35.' })).toEqual([]);
		expect(variant({ ...first, reproduces: false, note: 'x' })).toEqual([expect.stringContaining('but it does')]);
	});

	it('claims cite the right number of figures for their kind', () => {
		const wanted: Record<ClaimKind, number> = {
			'percent-change': 2,
			'per-day': 1,
			'per-week': 1,
			'every-n-minutes': 1,
			ratio: 4,
			'percent-of': 2,
			'one-in-n': 2,
		};
		const wrong = data.claims.filter((c) => c.figures.length !== wanted[c.kind]);
		expect(wrong.map((c) => `${c.id}: ${c.kind} with ${c.figures.length} figures`)).toEqual([]);
	});

	it('a change runs forward in time over one measure and area', () => {
		const problems = data.claims
			.filter((c) => c.kind === 'percent-change')
			.flatMap((claim) => {
				const [from, to] = claim.figures.map((id) => figures.get(id));
				if (!from || !to) return [`${claim.id}: unknown figure`];
				return [
					...(periodOf(from).start >= periodOf(to).start
						? [`${claim.id}: ${from.period} is not before ${to.period}`]
						: []),
					...(from.measure !== to.measure ? [`${claim.id}: ${from.measure} vs ${to.measure}`] : []),
					...(from.area !== to.area ? [`${claim.id}: ${from.area} vs ${to.area}`] : []),
				];
			});
		expect(problems).toEqual([]);
	});

	it('a share ("26%", "one in seven") takes a part and its whole: one area and period, counts, part not above whole', () => {
		const problems = data.claims
			.filter((c) => c.kind === 'percent-of' || c.kind === 'one-in-n')
			.flatMap((claim) => {
				const [part, whole] = claim.figures.map((id) => figures.get(id));
				if (!part || !whole) return [`${claim.id}: unknown figure`];
				const checks: [boolean, string][] = [
					[part.area !== whole.area, `${part.area} vs ${whole.area}`],
					[part.period !== whole.period, `${part.period} vs ${whole.period}`],
					[part.unit !== 'count' || whole.unit !== 'count', 'not two counts'],
					[part.value > whole.value, `part ${part.value} above whole ${whole.value}`],
				];
				return checks.filter(([failed]) => failed).map(([, what]) => `${claim.id}: ${what}`);
			});
		expect(problems).toEqual([]);
	});
});

describe('conflicts', () => {
	it('every pair of figures with one key and different values is named by a documented conflict', () => {
		expect(undocumentedConflicts(data)).toEqual([]);
	});

	it('the check lists an undocumented disagreement', () => {
		expect(undocumentedConflicts(fixture)).toEqual([]);
		const undocumented = createDataset({ ...fixtureInput, conflicts: [] });
		expect(undocumentedConflicts(undocumented)).toEqual([
			'derbyshire|2015/16|child-sexual-offences|-: derbyshire-2015-16-total-2018 (983) vs derbyshire-2015-16-total-2017 (166)',
		]);
	});

	it('the same value from two pages is one figure with two sources, not two figures', () => {
		const seen = new Map<string, string>();
		const repeated: string[] = [];
		for (const f of data.figures) {
			const key = `${figureKey(f)}|${f.value}|${f.unit}|${f.qualifier}`;
			const other = seen.get(key);
			if (other) repeated.push(`${other} and ${f.id}`);
			else seen.set(key, f.id);
		}
		expect(repeated).toEqual([]);
	});

	it('a documented conflict names figures that share a key and really disagree', () => {
		const problems = data.conflicts.flatMap((conflict) => {
			const group = conflict.figures.flatMap((id) => figures.get(id) ?? []);
			// one area, period, measure and breakdown only: parts that do not add up to a total are not a conflict
			const keys = new Set(group.map((f) => figureKey(f)));
			const values = new Set(group.map((f) => `${f.value}|${f.unit}|${f.qualifier}`));
			return [
				...(keys.size > 1 ? [`${conflict.id}: figures for different things (${[...keys].join('; ')})`] : []),
				...(values.size < 2 ? [`${conflict.id}: the figures agree`] : []),
			];
		});
		expect(problems).toEqual([]);
	});
});

describe('corroborating figures', () => {
	it('a figure that repeats a held one at another precision agrees with it (83% beside "four in five")', () => {
		expect(data.figures.filter((f) => f.corroborates).length).toBeGreaterThanOrEqual(3);
		expect(corroborationProblems(data)).toEqual([]);
	});

	it('a corroborating figure is not reported as an undocumented conflict, and one that disagrees is caught', () => {
		const [first] = fixtureInput.figures;
		if (!first) throw new Error('empty fixture');
		const repeat = { ...first, id: `${first.id}-repeat`, value: first.value + 1, corroborates: first.id };
		const withRepeat = createDataset({ ...fixtureInput, figures: [...fixtureInput.figures, repeat] });
		expect(undocumentedConflicts(withRepeat)).toEqual([]);
		expect(corroborationProblems(withRepeat)).toEqual([expect.stringContaining('which is not a share')]);
		const share = { ...first, unit: 'share' as const, value: 0.8, qualifier: 'exact' as const };
		const wrong = { ...share, id: `${first.id}-percent`, unit: 'percent' as const, value: 70, corroborates: first.id };
		const disagreeing = createDataset({
			...fixtureInput,
			figures: [share, ...fixtureInput.figures.slice(1), wrong],
		});
		expect(corroborationProblems(disagreeing)).toEqual([expect.stringContaining('does not agree with')]);
	});

	it('the schema refuses a figure that corroborates an unknown figure or one with another key', () => {
		const [first, second] = fixtureInput.figures;
		if (!first || !second) throw new Error('fixture too small');
		expect(() =>
			createDataset({
				...fixtureInput,
				figures: [...fixtureInput.figures, { ...first, id: 'x-1', corroborates: 'nope' }],
			}),
		).toThrow(/unknown figure "nope"/);
		const otherKey = first.area === second.area && first.period === second.period ? null : second.id;
		if (otherKey)
			expect(() =>
				createDataset({
					...fixtureInput,
					figures: [...fixtureInput.figures, { ...first, id: 'x-2', corroborates: otherKey }],
				}),
			).toThrow(/counts another area/);
	});
});
