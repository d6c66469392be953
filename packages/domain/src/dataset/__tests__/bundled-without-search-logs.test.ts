import { describe, expect, it } from 'vitest';
import { financialYear } from '../../period/financial-year.js';
import { getFigures } from '../../query/get-figures.js';
import { reportsReadByRelease } from '../../query/release-ledger.js';
import { getBundledDataset, getBundledDatasetWithoutSearchLogs } from '../bundled-dataset.js';

const full = getBundledDataset();
const withoutLogs = getBundledDatasetWithoutSearchLogs();

/** Every area, with every year from before the first held to after the last and none; a force with every measure too. */
function everyQuery(): { area: string; year: string | undefined; measure: string | undefined }[] {
	const years = full.figures.map((f) => Number(f.period.slice(0, 4)));
	const asked: (string | undefined)[] = [undefined];
	for (let y = Math.min(...years) - 1; y <= Math.max(...years) + 1; y++) asked.push(financialYear(y).id);
	return full.areas.flatMap((area) =>
		(area.kind === 'force' ? [undefined, ...full.measures.map((m) => m.id)] : [undefined]).flatMap((measure) =>
			asked.map((year) => ({ area: area.id, year, measure })),
		),
	);
}

describe('the bundled dataset without its search logs (what getFigures answers from in a getFigures-only app)', () => {
	it('holds every other table of the whole dataset, the same objects in the same key order, and no log', () => {
		expect(Object.keys(withoutLogs)).toEqual(Object.keys(full));
		for (const key of Object.keys(full) as (keyof typeof full)[])
			if (key !== 'searches') expect(withoutLogs[key], key).toBe(full[key]);
		expect(withoutLogs.searches).toEqual([]);
		expect(full.searches.length).toBeGreaterThan(0);
	});

	it('carries the reports-read counts of the whole search logs, worked out when the package was built', () => {
		expect([...reportsReadByRelease(withoutLogs)]).toEqual([...reportsReadByRelease(full)]);
	});

	it('gives the same getFigures answer as the whole dataset for every area and year, for every measure of a force', () => {
		const queries = everyQuery();
		let sayingReportsRead = 0;
		for (const query of queries) {
			const expected = getFigures(full, query);
			expect(JSON.stringify(getFigures(withoutLogs, query)), JSON.stringify(query)).toBe(JSON.stringify(expected));
			if (expected.status === 'not-found' && expected.message.includes('stored reports')) sayingReportsRead++;
		}
		expect(queries.length).toBeGreaterThan(1_000);
		// the answers that say how many stored reports were read are among them
		expect(sayingReportsRead).toBeGreaterThan(50);
	});
});
