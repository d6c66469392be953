// The data package: checked against the Frictionless Data Package and Table Schema specs (v2, datapackage.org),
// structurally and row by row, and round-tripped through createSignpost.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv as parseCsvRows } from '../../__tests__/support/parse-csv.js';
import { runCli } from '../../cli/run-cli.js';
import {
	compareAreas,
	createSignpost,
	getDataset,
	getFigures,
	getNational,
	getSeries,
	listYears,
} from '../../index.js';
import { dataChanges } from '../data-changes.js';

const NUMBERS = ['0800 1111', '0808 800 5000', '999'];
const dir = mkdtempSync(join(tmpdir(), 'signpost-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const out: string[] = [];
const code = runCli(['export', dir], { stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const descriptor = JSON.parse(read('datapackage.json'));

/** RFC 4180 CSV, as the package's dialect declares it: every row ends in CRLF. */
const parseCsv = (text: string) => parseCsvRows(text, { requireFinalCrlf: true });

interface Field {
	name: string;
	type: string;
	description: string;
}
interface Resource {
	name: string;
	path: string;
	format: string;
	schema?:
		| {
				fields: Field[];
				primaryKey: string[];
				foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
		  }
		| string;
}
const resources: Resource[] = descriptor.resources;
const tables = resources.filter((r) => r.format === 'csv');
const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'year', 'object', 'array', 'any'];

/** A table's inline Table Schema (a table whose schema is missing or a path fails here). */
function schemaOf(table: Resource): Exclude<Resource['schema'], string | undefined> {
	if (typeof table.schema !== 'object') throw new Error(`${table.name} has no inline schema`);
	return table.schema;
}

/** A non-empty cell reads as its field's type. */
function expectCellOfType(cell: string, type: string): void {
	if (cell === '') return;
	if (type === 'integer') expect(cell).toMatch(/^-?\d+$/);
	if (type === 'number') expect(Number.isFinite(Number(cell))).toBe(true);
}

const rowsOf = (name: string) => {
	const [header = [], ...rows] = parseCsv(read(`${name}.csv`));
	return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
};

describe('signpost export', () => {
	it('exits 0 and names what it wrote, with the help lines', () => {
		expect(code).toBe(0);
		for (const number of NUMBERS) expect(out.join('\n')).toContain(number);
		expect(readdirSync(dir).sort()).toEqual([...resources.map((r) => r.path), 'README.md', 'datapackage.json'].sort());
	});

	it('the help lines are in the descriptor and the README', () => {
		for (const number of NUMBERS) {
			expect(descriptor.description).toContain(number);
			expect(read('README.md')).toContain(number);
		}
	});
});

describe('datapackage.json against the Data Package spec', () => {
	const NAME = /^[a-z0-9._-]+$/;
	it('has the required and recommended properties', () => {
		expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
		expect(descriptor.name).toMatch(NAME);
		expect(descriptor.title).toEqual(expect.any(String));
		expect(descriptor.version).toBe(getDataset().version);
		expect(Number.isNaN(Date.parse(descriptor.created))).toBe(false);
		expect(descriptor.licenses.length).toBeGreaterThan(0);
		for (const licence of descriptor.licenses) expect(licence.name ?? licence.path).toBeTruthy();
		expect(descriptor.sources.length).toBe(getDataset().sources.length);
		for (const source of descriptor.sources) expect(source.title).toEqual(expect.any(String));
		for (const contributor of descriptor.contributors) expect(contributor.title).toEqual(expect.any(String));
	});

	it('every resource has a unique valid name and a relative path inside the package', () => {
		expect(resources.length).toBeGreaterThan(0);
		expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
		for (const resource of resources) {
			expect(resource.name).toMatch(NAME);
			expect(resource.path).not.toMatch(/^\/|^[a-z]+:|(^|\/)\.\.(\/|$)/);
		}
	});

	it.each(tables.map((t) => [t.name, t] as const))(
		'%s has a Table Schema: unique fields of known types with descriptions, keys that exist',
		(_name, table) => {
			const schema = schemaOf(table);
			const names = schema.fields.map((f) => f.name);
			expect(new Set(names).size).toBe(names.length);
			for (const field of schema.fields) {
				expect(FIELD_TYPES).toContain(field.type);
				expect(field.description.length).toBeGreaterThan(0);
			}
			for (const key of schema.primaryKey) expect(names).toContain(key);
			for (const foreign of schema.foreignKeys ?? []) {
				expect(names).toContain(foreign.fields);
				const target = tables.find((t) => t.name === foreign.reference.resource);
				if (!target) throw new Error(`no resource ${foreign.reference.resource}`);
				expect(schemaOf(target).fields.map((f) => f.name)).toContain(foreign.reference.fields);
			}
		},
	);

	it.each(tables.map((t) => [t.name, t] as const))(
		'%s.csv matches its schema: header, cells, types, unique primary keys',
		(_name, table) => {
			const { fields, primaryKey } = schemaOf(table);
			const [header, ...rows] = parseCsv(read(table.path));
			expect(header).toEqual(fields.map((f) => f.name));
			const keys = new Set<string>();
			for (const row of rows) {
				expect(row.length).toBe(fields.length);
				fields.forEach((field, i) => {
					expectCellOfType(row[i] ?? '', field.type);
				});
				const key = primaryKey.map((k) => row[fields.findIndex((f) => f.name === k)]).join('|');
				expect(keys.has(key)).toBe(false);
				keys.add(key);
			}
		},
	);

	it.each(tables.map((t) => [t.name, t] as const))('%s.csv: every foreign key resolves', (_name, table) => {
		for (const foreign of schemaOf(table).foreignKeys ?? []) {
			const targets = new Set(rowsOf(foreign.reference.resource).map((r) => r[foreign.reference.fields]));
			for (const row of rowsOf(table.name)) {
				const value = row[foreign.fields] ?? '';
				if (value !== '') expect(targets.has(value)).toBe(true);
			}
		}
	});
});

describe('the tables say what the dataset says', () => {
	const dataset = getDataset();

	it('figures: one row per figure id, with its value', () => {
		const rows = rowsOf('figures');
		expect(rows.map((r) => r.id)).toEqual(dataset.figures.map((f) => f.id));
		for (const [i, figure] of dataset.figures.entries()) expect(Number(rows[i]?.value)).toBe(figure.value);
	});

	it('a sum over rows with an empty duplicate_of never counts a quantity twice', () => {
		const counted = rowsOf('figures').filter((r) => r.duplicate_of === '');
		const keys = counted.map((r) =>
			[r.area_id, r.period, r.measure_id, r.age_band, r.sex, r.platform, r.unit].join('|'),
		);
		expect(new Set(keys).size).toBe(keys.length);
		for (const conflict of dataset.conflicts) {
			const inConflict = rowsOf('figures').filter((r) => conflict.figures.includes(r.id ?? ''));
			expect(inConflict.filter((r) => r.duplicate_of === '').length).toBeLessThanOrEqual(1);
		}
	});

	it('sources: the published date is empty where the page shows none, the reason in its own column', () => {
		const rows = rowsOf('sources');
		expect(rows.some((r) => r.published === 'not-shown')).toBe(false);
		const undated = dataset.sources.filter((s) => s.published === 'not-shown').map((s) => s.id);
		expect(undated.length).toBeGreaterThan(0);
		for (const row of rows.filter((r) => undated.includes(r.id ?? ''))) {
			expect(row.published).toBe('');
			expect(row.published_note).toMatch(/shows no publication date/);
		}
		expect(read('sources.csv')).not.toContain('not-shown');
	});

	it('figure-sources: every quote, word for word', () => {
		const rows = rowsOf('figure-sources');
		expect(rows.length).toBe(dataset.figures.reduce((n, f) => n + f.sources.length, 0));
		const first = dataset.figures[0];
		expect(rows[0]).toMatchObject({ figure_id: first?.id, position: '1', quote: first?.sources[0]?.quote });
	});

	it('claims carry their checks, conflicts their figures', () => {
		expect(rowsOf('claims').length).toBe(dataset.claims.length);
		expect(rowsOf('conflict-figures').length).toBe(dataset.conflicts.reduce((n, c) => n + c.figures.length, 0));
	});
});

describe('round trip: export, load with createSignpost, same answers', () => {
	const loaded = createSignpost({ dataset: JSON.parse(read('dataset.json')) });
	it.each([
		[
			'figures',
			() => getFigures({ area: 'Derbyshire', year: '2016/17' }),
			() => loaded.getFigures({ area: 'Derbyshire', year: '2016/17' }),
		],
		['series', () => getSeries({ area: 'Staffordshire' }), () => loaded.getSeries({ area: 'Staffordshire' })],
		[
			'compare',
			() => compareAreas({ areas: ['Derbyshire', 'Kent'] }),
			() => loaded.compareAreas({ areas: ['Derbyshire', 'Kent'] }),
		],
		['national', () => getNational(), () => loaded.getNational()],
		['years', () => listYears(), () => loaded.listYears()],
	])('%s', (_name, bundled, fromPackage) => {
		expect(JSON.parse(JSON.stringify(fromPackage()))).toEqual(JSON.parse(JSON.stringify(bundled())));
	});

	it('the package has no changes from the bundled release', () => {
		const changes = dataChanges(getDataset(), loaded.getDataset());
		expect([changes.added, changes.changed, changes.withdrawn]).toEqual([[], [], []]);
	});
});
