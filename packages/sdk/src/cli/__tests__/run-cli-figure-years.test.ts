// Every figure with its year (issue 24): `signpost figures <area>` for every area, with no year given, prints each
// figure's year where the heading's is another, each span under its span, and changes that end in the heading's year.
import { figureYearProblems } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { expectFound, runCaptured } from '../../__tests__/support/run-cli-captured.js';
import { getDataset, getFigures } from '../../index.js';

const areas = getDataset().areas.map((a) => a.id);

describe('signpost figures <area>: every figure is for the heading’s year or names its own', () => {
	it.each(areas)('%s', (area) => {
		const answer = getFigures({ area });
		const run = runCaptured(['figures', area]);
		if (answer.status !== 'found') return expect(run.code).not.toBe(0);
		expectFound(run, answer.data.year);
		expect(figureYearProblems(answer, run.stdout)).toEqual([]);
	});
});
