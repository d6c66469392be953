import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../edit-distance.js';

/** Textbook optimal-string-alignment distance, uncapped, for comparison. */
function reference(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	const at = (i: number, j: number) => d[i]?.[j] ?? 0;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, at(i - 2, j - 2) + 1);
			const row = d[i];
			if (row) row[j] = value;
		}
	}
	return at(a.length, b.length);
}

describe('editDistance', () => {
	it('matches the textbook distance, capped at max + 1, for any strings (reusing its buffers safely)', () => {
		const short = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', ' '), maxLength: 12 });
		fc.assert(
			fc.property(
				fc.oneof(short, fc.string({ maxLength: 150 })),
				short,
				fc.integer({ min: 0, max: 4 }),
				(a, b, max) => {
					expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
				},
			),
			{ numRuns: 2_000 },
		);
	});
});
