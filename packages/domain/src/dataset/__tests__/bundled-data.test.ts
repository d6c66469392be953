import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/read-data-files.js';
import { validatedDataset } from '../../generated/validated-dataset.js';
import { DatasetSchema } from '../../schema/dataset.js';
import { fixtureInput } from '../../testing.js';
import { getBundledDataset } from '../bundled-dataset.js';
import { createDataset } from '../create-dataset.js';
import { DatasetValidationError } from '../dataset-validation-error.js';
import { formatIssues } from '../format-issues.js';

describe('the bundled dataset', () => {
	it('validates: every record’s shape and every cross-reference', () => {
		const result = DatasetSchema.safeParse(readDataFiles().raw);
		expect(result.success ? '' : formatIssues(result.error.issues)).toBe('');
	});

	it('the generated module holds exactly the data files, as the schema parses them (defaults filled in)', () => {
		expect(validatedDataset()).toStrictEqual(DatasetSchema.parse(readDataFiles().raw));
	});

	it('is trusted at run time: the bundled module validates again, and loading it never calls the schema', () => {
		expect(createDataset(validatedDataset())).toStrictEqual(validatedDataset());
		const source = readFileSync(fileURLToPath(new URL('../bundled-dataset.ts', import.meta.url)), 'utf8');
		expect(source).not.toMatch(/DatasetSchema|createDataset\(|from 'zod'/);
	});

	it('loads through getBundledDataset, once', () => {
		expect(getBundledDataset()).toBe(getBundledDataset());
		expect(getBundledDataset().areas.length).toBeGreaterThan(0);
	});

	it('ids are unique across all files of their kind', () => {
		const data = getBundledDataset();
		for (const kind of ['areas', 'measures', 'ageBands', 'sources', 'figures', 'claims', 'conflicts'] as const) {
			const ids = data[kind].map((r) => r.id);
			expect(
				ids.filter((id, i) => ids.indexOf(id) !== i),
				kind,
			).toEqual([]);
		}
	});

	it('every source has an address (its page)', () => {
		const data = getBundledDataset();
		expect(data.sources.filter((s) => !s.url).map((s) => `${s.id}: no url`)).toEqual([]);
	});

	it('every source is cited by a figure or a claim', () => {
		const data = getBundledDataset();
		const cited = new Set([
			...data.figures.flatMap((f) => f.sources.map((s) => s.source)),
			...data.claims.map((c) => c.source),
		]);
		expect(data.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
	});
});

describe('createDataset rejects bad data, naming the path and the problem', () => {
	const broken: [string, (input: typeof fixtureInput) => unknown, RegExp][] = [
		['a duplicate figure id', (d) => ({ ...d, figures: [...d.figures, d.figures[0]] }), /figures: duplicate id/],
		[
			'an unknown area',
			(d) => ({ ...d, figures: [{ ...d.figures[0], area: 'atlantis' }, ...d.figures.slice(1)] }),
			/figures\[0\]\.area: unknown area "atlantis"/,
		],
		[
			'an unknown source',
			(d) => ({
				...d,
				figures: [{ ...d.figures[0], sources: [{ source: 'nowhere', quote: '1,066' }] }, ...d.figures.slice(1)],
			}),
			/figures\[0\]\.sources\[0\]\.source: unknown source "nowhere"/,
		],
		[
			'a claim citing an unknown figure',
			(d) => ({ ...d, claims: [{ ...d.claims[0], figures: ['ghost'] }] }),
			/claims\[0\]\.figures\[0\]: unknown figure "ghost"/,
		],
		[
			'a conflict naming an unknown figure',
			(d) => ({ ...d, conflicts: [{ id: 'c', figures: ['ghost', 'derbyshire-2016-17-total'], note: 'x' }] }),
			/conflicts\[0\]\.figures\[0\]: unknown figure "ghost"/,
		],
		[
			'a year that does not follow on',
			(d) => ({ ...d, figures: [{ ...d.figures[0], period: '2016/18' }] }),
			/figures\[0\]\.period/,
		],
		[
			'a fractional count',
			(d) => ({ ...d, figures: [{ ...d.figures[0], value: 10.5 }] }),
			/figures\[0\]\.value: a count is a whole number/,
		],
		[
			'a share above one',
			(d) => ({ ...d, figures: [{ ...d.figures[0], unit: 'share', value: 80 }] }),
			/figures\[0\]\.value: a share is between 0 and 1/,
		],
		[
			'an unknown age band',
			(d) => ({ ...d, figures: [{ ...d.figures[0], breakdown: { ageBand: 'under-two' } }] }),
			/unknown age band "under-two"/,
		],
		[
			'an id that is not kebab-case',
			(d) => ({ ...d, figures: [{ ...d.figures[0], id: 'Derbyshire 2016' }] }),
			/kebab-case/,
		],
	];

	it.each(broken)('%s', (_name, mutate, message) => {
		expect(() => createDataset(mutate(fixtureInput))).toThrow(DatasetValidationError);
		expect(() => createDataset(mutate(fixtureInput))).toThrow(message);
	});

	it('accepts the fixture', () => {
		expect(createDataset(fixtureInput).figures.length).toBe(fixtureInput.figures.length);
	});
});
