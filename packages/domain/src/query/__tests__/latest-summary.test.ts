import { describe, expect, it } from 'vitest';
import { areaById } from '../../__tests__/support/area-by-id.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { DEFAULT_MEASURE } from '../../measure/default-measure.js';
import { fixtureDataset } from '../../testing.js';
import { latestSummary, STALE_AFTER_YEARS } from '../latest-summary.js';

const bundled = getBundledDataset();
const area = (id: string) => areaById(bundled, id);

describe('latestSummary', () => {
	it('opens with the latest total and its year, whatever other measure is newer (Derbyshire)', () => {
		const summary = latestSummary(bundled, area('derbyshire'));
		expect(summary.total?.measure.id).toBe(DEFAULT_MEASURE);
		const latestTotalYear = bundled.figures
			.filter(
				(f) =>
					f.area === 'derbyshire' && f.measure === DEFAULT_MEASURE && f.breakdown === null && !f.period.includes('-'),
			)
			.map((f) => f.period)
			.sort()
			.at(-1);
		expect(summary.total?.year).toBe(latestTotalYear);
		expect(summary.sentences[0]).toContain(`for ${latestTotalYear}`);
		expect(summary.sentences[0]).toContain(summary.total?.figures[0]?.valueText);
		expect(summary.others.map((o) => o.measure.id)).not.toContain(DEFAULT_MEASURE);
		for (const other of summary.others) expect(other.text).toContain(`for ${other.year}`);
	});

	it('says plainly when the latest total is several years old (Metropolitan Police)', () => {
		const summary = latestSummary(bundled, area('metropolitan'));
		expect(summary.stale).toBe(true);
		expect(summary.sentences).toContain(
			`The most recent total the sources give for Metropolitan Police Service is for ${summary.total?.year}; the newest total Signpost holds for any area is for ${summary.newestTotalYear}.`,
		);
	});

	it('is stale exactly when the total is STALE_AFTER_YEARS or more behind the newest total held', () => {
		for (const a of bundled.areas) {
			const summary = latestSummary(bundled, a);
			if (!summary.total || !summary.newestTotalYear) {
				expect(summary.stale).toBe(false);
				continue;
			}
			const behind = Number(summary.newestTotalYear.slice(0, 4)) - Number(summary.total.year.slice(0, 4));
			expect(summary.stale, a.id).toBe(behind >= STALE_AFTER_YEARS);
			expect(
				summary.sentences.some((s) => s.startsWith('The most recent total')),
				a.id,
			).toBe(summary.stale);
		}
	});

	it('gives every value of a disputed latest year, and never estimates a missing total', () => {
		const fixture = fixtureDataset();
		for (const a of fixture.areas) {
			const summary = latestSummary(fixture, a);
			if (!summary.total)
				expect(summary.sentences[0]).toBe(`The sources give no total of offences recorded for ${a.name}.`);
			else if (summary.total.disputed) {
				expect(summary.total.figures.length).toBeGreaterThan(1);
				for (const f of summary.total.figures) expect(summary.sentences[0]).toContain(f.valueText);
			}
		}
	});
});
