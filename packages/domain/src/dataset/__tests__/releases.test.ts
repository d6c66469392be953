import { describe, expect, it } from 'vitest';
import { fixtureInput } from '../../testing.js';
import { getBundledDataset } from '../bundled-dataset.js';
import { createDataset } from '../create-dataset.js';

const data = getBundledDataset();
const releases = new Map(data.releases.map((r) => [r.id, r]));
const sources = new Map(data.sources.map((s) => [s.id, s]));

/** The financial years a period covers ("2017/18-2022/23" covers six). */
function yearsOf(period: string): string[] {
	const [from = '', to = from] = period.split('-');
	const start = Number(from.slice(0, 4));
	const end = Number(to.slice(0, 4));
	return Array.from(
		{ length: end - start + 1 },
		(_, i) => `${start + i}/${String((start + i + 1) % 100).padStart(2, '0')}`,
	);
}

describe('releases', () => {
	it('every bundled source points at the release it reports', () => {
		expect(data.releases.length).toBeGreaterThanOrEqual(30);
		expect(data.sources.filter((s) => !s.release).map((s) => s.id)).toEqual([]);
	});

	it('every release is reported by at least one source, and a figure lies within the years and measures of its sources’ releases', () => {
		const used = new Set(data.sources.map((s) => s.release));
		expect(data.releases.filter((r) => !used.has(r.id)).map((r) => r.id)).toEqual([]);
		const problems = data.figures.flatMap((figure) =>
			figure.sources.flatMap(({ source }) => {
				const release = releases.get(sources.get(source)?.release ?? '');
				if (!release) return [`${figure.id}: ${source} has no release`];
				const outside = yearsOf(figure.period).filter((y) => !release.years.includes(y));
				return [
					...(outside.length > 0 ? [`${figure.id}: ${outside.join(', ')} not in ${release.id}`] : []),
					...(release.measures.includes(figure.measure)
						? []
						: [`${figure.id}: ${figure.measure} not in ${release.id}`]),
				];
			}),
		);
		expect(problems).toEqual([]);
	});

	it('the police’s own releases say so in their origin, and the NSPCC’s releases say how many forces answered where a source does', () => {
		const origin = (id: string) => releases.get(id)?.origin;
		expect(origin('psni-2022-02-online')).toBe('police');
		expect(origin('police-scotland-2024-07-cyber-enabled')).toBe('police');
		expect(origin('northants-police-foi-10905-25')).toBe('police-foi');
		expect(origin('nspcc-2020-08')).toBe('nspcc');
		expect(releases.get('nspcc-2020-08')?.forcesAnswered).toMatchObject({ count: 44, of: 45 });
		expect(releases.get('nspcc-2025-11-scwc')?.forcesAnswered?.count).toBe(44);
	});

	it('a conflict between figures from different releases is a revision, and a revision names figures from different releases', () => {
		const figures = new Map(data.figures.map((f) => [f.id, f]));
		const problems = data.conflicts.flatMap((conflict) => {
			const sets = conflict.figures.map(
				(id) => new Set(figures.get(id)?.sources.map((s) => sources.get(s.source)?.release) ?? []),
			);
			const disjoint = sets.every((a, i) => sets.every((b, j) => i === j || [...a].every((r) => !b.has(r))));
			return disjoint === (conflict.kind === 'revision')
				? []
				: [`${conflict.id}: ${conflict.kind}, releases ${disjoint ? 'differ' : 'shared'}`];
		});
		expect(problems).toEqual([]);
		expect(data.conflicts.filter((c) => c.kind === 'revision').length).toBeGreaterThanOrEqual(8);
	});

	it('the schema refuses a source naming an unknown release, and accepts a dataset with no releases at all', () => {
		const [first, ...rest] = fixtureInput.sources;
		if (!first) throw new Error('empty fixture');
		expect(() =>
			createDataset({ ...fixtureInput, sources: [{ ...first, release: 'no-such-release' }, ...rest] }),
		).toThrow(/unknown release "no-such-release"/);
		const { releases: _none, ...withoutReleases } = { ...fixtureInput, releases: [] };
		expect(createDataset(withoutReleases).releases).toEqual([]);
	});
});
