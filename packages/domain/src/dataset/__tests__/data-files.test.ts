import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFiles, dataDir, readDataFiles } from '../../../scripts/read-data-files.js';
import { dataCopies, dataFileErrorOf } from '../../__tests__/support/data-copies.js';

/** A scratch copy of data/ with one file changed by `edit` (given the parsed file, returning the new text). */
const copyWith = dataCopies();

describe('each data file is validated on its own, and an error names the file', () => {
	const wales = 'batches/leads/figures-2-wales.json';

	it('a record of the wrong shape names the file, the record and the field', () => {
		const dir = copyWith(wales, (json) => {
			const figures = json.figures as Record<string, unknown>[];
			(figures[3] as Record<string, unknown>).value = 'many';
			return JSON.stringify(json);
		});
		expect(dataFileErrorOf(() => readDataFiles(dir))).toBe(
			`${wales}: figures[3].value: Invalid input: expected number, received string`,
		);
	});

	it('a file that is not JSON is named', () => {
		const dir = copyWith('batches/articles/claims.json', (json) => `${JSON.stringify(json)},`);
		expect(dataFileErrorOf(() => readDataFiles(dir))).toMatch(/^batches\/articles\/claims\.json: .*JSON/);
	});

	it('a reference to an unknown area names the file and the record in it, not the merged list', () => {
		const dir = copyWith(wales, (json) => {
			((json.figures as Record<string, unknown>[])[5] as Record<string, unknown>).area = 'atlantis';
			return JSON.stringify(json);
		});
		expect(dataFileErrorOf(() => checkDataFiles(dir))).toContain(`${wales}: figures[5].area: unknown area "atlantis"`);
	});

	it('an id held by two files names both', () => {
		const first = JSON.parse(readFileSync(join(dataDir, 'batches/articles/sources.json'), 'utf8')).sources[0];
		const dir = copyWith('batches/press-table/sources.json', (json) =>
			JSON.stringify({ ...json, sources: [...(json.sources ?? []), first] }),
		);
		expect(dataFileErrorOf(() => readDataFiles(dir))).toMatch(
			new RegExp(
				`^batches/press-table/sources\\.json: sources\\[\\d+\\]\\.id: "${first.id}" is already an id in batches/articles/sources\\.json$`,
			),
		);
	});

	it('a corroboration of an unknown figure names the corroboration file', () => {
		const dir = copyWith('batches/leads/corroborations.json', (json) => {
			((json.corroborations as Record<string, unknown>[])[0] as Record<string, unknown>).figure = 'no-such-figure';
			return JSON.stringify(json);
		});
		expect(dataFileErrorOf(() => readDataFiles(dir))).toBe(
			'batches/leads/corroborations.json: corroborations[0].figure: unknown figure "no-such-figure"',
		);
	});

	it('a file a batch folder does not know is named, so a misspelt kind is not skipped', () => {
		const dir = copyWith('batches/articles/figures.json', (json) => JSON.stringify(json));
		cpSync(join(dir, 'batches/articles/figures.json'), join(dir, 'batches/articles/figure.json'));
		expect(dataFileErrorOf(() => readDataFiles(dir))).toMatch(
			/^batches\/articles\/figure\.json: a batch folder holds only/,
		);
	});

	it('a file naming another kind’s schema is named', () => {
		const dir = copyWith('places/wales.json', (json) =>
			JSON.stringify({ ...json, $schema: '../schema/figures.schema.json' }),
		);
		expect(dataFileErrorOf(() => readDataFiles(dir))).toBe(
			'places/wales.json: $schema: must be "../schema/places.schema.json" (the places schema)',
		);
	});
});

describe('the data files as committed', () => {
	const files = (folder: string): string[] =>
		readdirSync(join(dataDir, folder), { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.json'))
			.map((name) => `${folder}/${name}`);

	it('each names its JSON Schema, so an editor explains every field', () => {
		const all = [
			'areas.json',
			'measures.json',
			'age-bands.json',
			'releases.json',
			...files('places'),
			...files('batches'),
		];
		const missing = all.filter((file) => {
			const { $schema } = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { $schema?: string };
			return typeof $schema !== 'string' || !$schema.endsWith('.schema.json');
		});
		expect(all.length).toBeGreaterThan(30);
		expect(missing).toEqual([]);
	});

	it('no file holds more than 2,000 lines, so a batch stays readable (split a large one into <kind>-<part>.json)', () => {
		const long = files('batches')
			.map((file) => ({ file, lines: readFileSync(join(dataDir, file), 'utf8').split('\n').length }))
			.filter(({ lines }) => lines > 2_000);
		expect(long.map(({ file }) => file)).toEqual(['batches/press-table/figures.json']);
	});
});
