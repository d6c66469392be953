// The data README states how many forces have a recent total and tabulates each force's latest total and releases;
// this test computes both from the data, so the README cannot drift from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../scripts/read-data-files.js';
import { getCoverage } from '../../query/get-coverage.js';
import { getBundledDataset } from '../bundled-dataset.js';

const readme = readFileSync(join(dataDir, 'README.md'), 'utf8');
const coverage = getCoverage(getBundledDataset());

function between(name: string): string {
	const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(readme);
	if (!match?.[1]) throw new Error(`README.md has no ${name} block`);
	return match[1];
}

describe('the data README’s ledger numbers', () => {
	it('gives the number of forces whose latest reported total is for 2021/22 or later, and with computed totals', () => {
		const counts = between('ledger-counts');
		expect(counts).toContain(`**${coverage.recentTotals.reported}** of ${coverage.forcesTotal} forces`);
		expect(counts).toContain(`**${coverage.recentTotals.withComputed}** with the totals computed`);
	});

	it('tabulates every force’s latest total and how many releases hold its figures or say it did not answer', () => {
		const rows = coverage.latestTotals.map((f) => [
			f.area.shortName,
			f.reported ?? 'none',
			f.derived ?? '',
			`${f.releasesWithFigures}`,
			`${f.releasesNotAnswered}`,
		]);
		// the cells, however a formatter aligns the columns
		const table = between('ledger-table')
			.split('\n')
			.slice(2)
			.map((line) =>
				line
					.split('|')
					.slice(1, -1)
					.map((cell) => cell.trim()),
			);
		expect(table).toEqual(rows);
	});
});
