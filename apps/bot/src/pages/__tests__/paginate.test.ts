import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate } from '../paginate.js';

describe('paginate', () => {
	it('keeps every line whole and in order, each page within the limit', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ maxLength: 120 }), { maxLength: 200 }),
				fc.integer({ min: 120, max: 4_000 }),
				(lines, max) => {
					const pages = paginate(lines, max);
					expect(pages.flat()).toEqual(lines);
					for (const page of pages) {
						expect(page.join('\n').length).toBeLessThanOrEqual(max);
						expect(page.length).toBeGreaterThan(lines.length ? 0 : -1);
					}
				},
			),
		);
	});

	it('gives an empty list one empty page', () => {
		expect(paginate([])).toEqual([[]]);
	});
});
