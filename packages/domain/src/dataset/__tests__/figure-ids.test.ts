// The figure id rule (data/README.md, "Figure ids"): ids are readable, follow one pattern and never change meaning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../bundled-dataset.js';
import type { ReleaseRecord } from '../release-record.js';

const dataset = getBundledDataset();
const release = JSON.parse(
	readFileSync(new URL('../../../data/release.json', import.meta.url), 'utf8'),
) as ReleaseRecord;

describe('figure ids', () => {
	it('begin with the area id and the period (with "/" as "-"), then a tag', () => {
		for (const figure of dataset.figures) {
			const prefix = `${figure.area}-${figure.period.replace(/\//g, '-')}-`;
			expect(figure.id.startsWith(prefix) && figure.id.length > prefix.length, figure.id).toBe(true);
		}
	});

	it('an id in the last release still names the same area, period, measure and breakdown', () => {
		for (const figure of dataset.figures) {
			const released = release.figures[figure.id];
			if (!released) continue;
			const b = figure.breakdown;
			expect(
				[
					figure.area,
					figure.period,
					figure.measure,
					b ? [b.ageBand, b.sex, b.platform].filter(Boolean).join(', ') : '',
				],
				figure.id,
			).toEqual([released.area, released.period, released.measure, released.breakdown]);
		}
	});

	it('the dataset version is on or after the last release', () => {
		expect(dataset.version >= release.version).toBe(true);
	});
});
