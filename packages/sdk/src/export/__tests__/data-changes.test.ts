import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureJson } from '../../__tests__/support/fixture-dataset.js';
import { runCli } from '../../cli/run-cli.js';
import { createSignpost, type Dataset } from '../../index.js';
import { changesMarkdown, dataChanges } from '../data-changes.js';

const NUMBERS = ['0800 1111', '0808 800 5000', '999'];
const { help: _help, ...older } = createSignpost({ dataset: fixtureJson }).getDataset();
const [first, second, ...rest] = older.figures;
if (!first || !second) throw new Error('the fixture has figures');
const added = { ...second, id: `${second.id}-restated`, value: second.value + 1 };
const newer: Dataset = {
	...older,
	version: '2026-12-01',
	figures: [{ ...first, value: first.value + 10, qualifier: 'about' }, ...rest, added],
	claims: older.claims.filter((c) => !c.figures.includes(second.id)),
	conflicts: older.conflicts.filter((c) => !c.figures.includes(second.id)),
};

describe('dataChanges', () => {
	const changes = dataChanges(older, newer);
	it('lists figures added, changed (with each field) and withdrawn, by id', () => {
		expect(changes.from).toBe(older.version);
		expect(changes.to).toBe('2026-12-01');
		expect(changes.added.map((f) => f.id)).toEqual([added.id]);
		expect(changes.withdrawn.map((f) => f.id)).toEqual([second.id]);
		expect(changes.changed).toEqual([
			{
				id: first.id,
				fields: [
					{ field: 'value', from: String(first.value), to: String(first.value + 10) },
					{ field: 'qualifier', from: first.qualifier, to: 'about' },
				],
			},
		]);
	});

	it('reads as Markdown with every id', () => {
		const text = changesMarkdown(changes);
		for (const id of [first.id, second.id, added.id]) expect(text).toContain(`\`${id}\``);
	});
});

describe('signpost changes <from> <to>', () => {
	const dir = mkdtempSync(join(tmpdir(), 'signpost-changes-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	writeFileSync(join(dir, 'older.json'), JSON.stringify(older));
	writeFileSync(join(dir, 'newer.json'), JSON.stringify(newer));
	writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...newer, version: 'soon' }));

	function cli(...argv: string[]) {
		const out: string[] = [];
		const err: string[] = [];
		const code = runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
		return { code, stdout: out.join('\n'), stderr: err.join('\n') };
	}

	it('prints the changes with the help lines', () => {
		const result = cli('changes', join(dir, 'older.json'), join(dir, 'newer.json'));
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`\`${added.id}\``);
		for (const number of NUMBERS) expect(result.stdout).toContain(number);
		const json = JSON.parse(cli('changes', join(dir, 'older.json'), join(dir, 'newer.json'), '--json').stdout);
		expect(json.added.map((f: { id: string }) => f.id)).toEqual([added.id]);
	});

	it('a release that is missing or does not validate exits 2, saying which and why, with the help lines', () => {
		const missing = cli('changes', join(dir, 'nope.json'), join(dir, 'newer.json'));
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('The first release');
		const broken = cli('changes', join(dir, 'older.json'), join(dir, 'broken.json'));
		expect(broken.code).toBe(2);
		expect(broken.stderr).toMatch(/The second release.*version/s);
		for (const number of NUMBERS) expect(broken.stderr).toContain(number);
	});
});
