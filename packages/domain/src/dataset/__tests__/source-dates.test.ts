import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../bundled-dataset.js';

const data = getBundledDataset();
const releases = new Map(data.releases.map((r) => [r.id, r]));

describe('every source is dated where anything establishes it (issue 24)', () => {
	const undated = data.sources.filter((s) => s.published === 'not-shown');

	it('leaves at most 7 sources undated (114 before the pages, addresses and releases were read)', () => {
		expect(undated.length).toBeLessThanOrEqual(7);
	});

	it('says why for every undated source', () => {
		for (const source of undated) expect(source.publishedNote, source.id).toMatch(/\w{3}/);
	});

	it('dates a source to its release only with the month or year that release holds', () => {
		const byRelease = data.sources.filter((s) => s.publishedNote?.includes('of the release it reports as news'));
		expect(byRelease.length).toBeGreaterThan(0);
		for (const source of byRelease) {
			const month = source.release ? releases.get(source.release)?.month : undefined;
			expect(month, source.id).toBeDefined();
			expect(source.published, source.id).toBe(month);
		}
	});
});
