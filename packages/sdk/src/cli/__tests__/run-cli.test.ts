import { datasetLine } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../__tests__/support/fixture-dataset.js';
import { parseCsv } from '../../__tests__/support/parse-csv.js';
import { expectEndsWithHelp, expectFound, NUMBERS, runCaptured } from '../../__tests__/support/run-cli-captured.js';
import {
	createSignpost,
	findAreaByOnsCode,
	getAreaHierarchy,
	getFigures,
	getSeries,
	listAgeBands,
	listMeasures,
} from '../../index.js';
import { parseCommandLine } from '../parse-command-line.js';
import { EXIT } from '../run-cli.js';

/** A small dataset the tests control: Derbyshire 2016/17 is 1,066; Kent is known and holds no figure. */
const fixture = createSignpost({ dataset: fixtureJson });

/** Runs the CLI over the fixture. */
function cli(...argv: string[]) {
	return run(argv, fixture);
}

/** Runs the CLI over the bundled dataset, as the published binary does. */
function bundled(...argv: string[]) {
	return run(argv);
}

function run(argv: string[], signpost?: typeof fixture) {
	return runCaptured(argv, signpost);
}

/** A usage error: exit 2, the usage and the help lines on stderr, nothing on stdout. */
function expectUsageError(result: ReturnType<typeof cli>): void {
	expect(result.code).toBe(EXIT.usage);
	expect(result.stdout).toBe('');
	expect(result.stderr).toContain('Usage: signpost');
	expectEndsWithHelp(result.stderr);
}

const derbyshire = fixture.getFigures({ area: 'Derbyshire', year: '2016/17' });

describe('signpost CLI', () => {
	it('figures: found is exit 0, with the figure, and the output ends with the help lines', () => {
		expectFound(cli('figures', 'Derbyshire', '2016/17'), '1,066');
	});

	it('figures --json prints the answer with its help field', () => {
		const result = cli('figures', 'derbyshire constabulary', '2016-17', '--json');
		const answer = JSON.parse(result.stdout);
		expect(answer).toEqual(JSON.parse(JSON.stringify(derbyshire)));
		expect(answer.status).toBe('found');
		expect(answer.help.services.slice(0, 3).map((s: { phone: string }) => s.phone)).toEqual(NUMBERS);
	});

	it('figures --csv prints a header and rows, each carrying the help lines', () => {
		const result = cli('figures', 'Derbyshire', '2016/17', '--csv');
		expect(result.code).toBe(EXIT.ok);
		const [header = [], ...rows] = parseCsv(`${result.stdout}\r\n`);
		expect(header.slice(0, 3)).toEqual(['area', 'area_id', 'period']);
		const at = (name: string) => header.indexOf(name);
		// 1,066 once per source, the best first (the NSPCC, then the Derby Telegraph), then the disputed 2015/16 values.
		expect(rows.map((row) => [row[at('period')], row[at('value')], row[at('publisher')]])).toEqual([
			['2016/17', '1066', 'NSPCC'],
			['2016/17', '1066', 'Derby Telegraph'],
			['2015/16', '983', 'Derby Telegraph'],
			['2015/16', '166', 'NSPCC'],
		]);
		for (const row of rows) for (const number of NUMBERS) expect(row[at('help')]).toContain(number);
	});

	it('figures --csv with no figure: nothing on stdout, the message and the help lines on stderr, exit 1', () => {
		const result = cli('figures', 'Kent', '--csv');
		expect(result.code).toBe(EXIT.notFound);
		expect(result.stdout).toBe('');
		expectEndsWithHelp(result.stderr);
	});

	it('a misspelt area is corrected and said so; an unknown one is exit 1 with no echo of the text', () => {
		expectFound(cli('figures', 'Derbyshre', '2016/17'), 'Derbyshire Constabulary', '1,066');
		const nothing = cli('figures', 'Qwertyville Central Constabulary');
		expect(nothing.code).toBe(EXIT.notFound);
		expect(nothing.stderr).not.toContain('Qwertyville');
		expectEndsWithHelp(nothing.stderr);
		const kent = cli('figures', 'Kent');
		expect(kent.code).toBe(EXIT.notFound);
		expectEndsWithHelp(kent.stderr);
	});

	it('series, areas, helplines and coverage end with the help lines, or carry help in JSON', () => {
		for (const argv of [['series', 'Staffordshire'], ['areas'], ['areas', 'derby'], ['helplines'], ['coverage']]) {
			const text = cli(...argv);
			expectEndsWithHelp(text.code === EXIT.ok ? text.stdout : text.stderr);
			const json = JSON.parse(cli(...argv, '--json').stdout);
			expect(json.help.services.slice(0, 3).map((s: { phone: string }) => s.phone)).toEqual(NUMBERS);
		}
	});

	it("coverage opens with the dataset in the domain's one line, the counts of the dataset it reads", () => {
		const coverage = fixture.getCoverage();
		const first = cli('coverage').stdout.split('\n')[0];
		expect(first).toBe(datasetLine(coverage));
		expect(first).toContain(
			`${coverage.figureCount} figures from ${coverage.sourceCount} sources, ${coverage.forcesWithFigures} of ${coverage.forcesTotal} police forces`,
		);
	});

	it('areas lists every known area, with or without figures', () => {
		const result = cli('areas');
		expect(result.code).toBe(EXIT.ok);
		expect(result.stdout).toContain('- Derbyshire (Derbyshire Constabulary, force): figures for 2015/16, 2016/17');
		expect(result.stdout).toContain('- Kent (Kent Police, force): no figures held');
		const none = cli('areas', 'zzzzzzzzzzzzzzzzzzzz');
		expect(none.code).toBe(EXIT.notFound);
		expect(none.stderr).not.toContain('zzzz');
		expectEndsWithHelp(none.stderr);
	});

	it('usage errors exit 2 with a clear message, the commands and the help lines', () => {
		for (const argv of [
			['frobnicate'],
			['figures'],
			['figures', 'a', 'b', 'c'],
			['--nope'],
			['figures', 'Kent', '--json', '--csv'],
		]) {
			const result = cli(...argv);
			expect(result.code).toBe(EXIT.usage);
			expect(result.stderr).toContain('Usage: signpost');
			expectEndsWithHelp(result.stderr);
		}
		expect(cli('frobnicate').stderr).toContain(
			'figures, series, areas, measures, age-bands, ons, hierarchy, helplines, coverage, export, changes',
		);
		expect(cli('frobnicate').stderr).not.toContain('frobnicate');
	});

	it('--help prints usage and the help lines, exit 0', () => {
		for (const argv of [['--help'], ['-h'], ['help']]) {
			const result = cli(...argv);
			expect(result.code).toBe(EXIT.ok);
			expect(result.stdout).toContain('Usage: signpost');
			expectEndsWithHelp(result.stdout);
		}
	});

	it('no arguments, or arguments it cannot read, exit 2 with the usage and the help lines on stderr', () => {
		for (const argv of [
			[],
			['--nope'],
			['figures'],
			['frobnicate'],
			['figures', 'a', 'b', 'c'],
			['export'],
			['changes', 'x'],
		]) {
			const result = cli(...argv);
			expect(result.code).toBe(EXIT.usage);
			expect(result.stderr).toContain('Usage: signpost');
			expectEndsWithHelp(result.stderr);
		}
	});

	it('--version prints the SDK and dataset versions with the help lines', () => {
		for (const argv of [['--version'], ['-v']]) {
			const result = cli(...argv);
			expect(result.code).toBe(EXIT.ok);
			expect(result.stdout).toMatch(/^signpost \d+\.\d+\.\d+ \(dataset \d{4}-\d{2}-\d{2}\)/);
			expectEndsWithHelp(result.stdout);
		}
		const json = JSON.parse(cli('--version', '--json').stdout);
		expect(json.sdk).toMatch(/^\d+\.\d+\.\d+/);
		expect(json.help.services.slice(0, 3).map((s: { phone: string }) => s.phone)).toEqual(NUMBERS);
	});

	it('parses forgiving command lines', () => {
		expect(parseCommandLine(['FIGURES', 'Derbyshire', '--csv'])).toEqual({
			kind: 'run',
			command: 'figures',
			args: ['Derbyshire'],
			format: 'csv',
			filters: {},
		});
		expect(parseCommandLine(['series', 'Wales', '--from', '2013/14', '--sex', 'girls'])).toEqual({
			kind: 'run',
			command: 'series',
			args: ['Wales'],
			format: 'text',
			filters: { from: '2013/14', sex: 'girls' },
		});
	});
});

describe('the commands for measures, age bands, ONS codes, the hierarchy and filters give the API’s answers', () => {
	const fromJson = (text: string) => JSON.parse(text);
	const same = (value: unknown) => JSON.parse(JSON.stringify(value));

	it('measures: one line per measure id, and --json is listMeasures()', () => {
		const result = bundled('measures');
		expect(result.code).toBe(EXIT.ok);
		for (const m of listMeasures().measures) expect(result.stdout).toContain(`- ${m.id}: ${m.shortName}`);
		expectEndsWithHelp(result.stdout);
		expect(fromJson(bundled('measures', '--json').stdout)).toEqual(same(listMeasures()));
		const [header, ...rows] = bundled('measures', '--csv').stdout.split('\r\n');
		expect(header).toBe('id,short_name,name,kind,help');
		expect(rows).toHaveLength(listMeasures().measures.length);
	});

	it('age-bands: ids and labels as published, and --json is listAgeBands()', () => {
		const result = bundled('age-bands');
		expect(result.stdout).toContain('- under-thirteen: under 13');
		expect(result.stdout).toContain('- twelve-to-fifteen: aged 12 to 15');
		expectEndsWithHelp(result.stdout);
		expect(fromJson(bundled('age-bands', '--json').stdout)).toEqual(same(listAgeBands()));
	});

	it('ons: E23000018 is Derbyshire (any case); a code no area has is exit 1; text that is not a code is exit 2', () => {
		const found = bundled('ons', 'e23000018');
		expect(found.code).toBe(EXIT.ok);
		expect(found.stdout).toContain('- E23000018: Derbyshire Constabulary (force)');
		expectEndsWithHelp(found.stdout);
		expect(fromJson(bundled('ons', 'W15000004', '--json').stdout)).toEqual(same(findAreaByOnsCode('W15000004')));
		const none = bundled('ons', 'E23999999');
		expect(none.code).toBe(EXIT.notFound);
		expect(none.stderr).toContain('No area has that ONS code');
		expectEndsWithHelp(none.stderr);
		expectUsageError(bundled('ons', 'Derbyshire'));
		const json = bundled('ons', 'Derbyshire', '--json');
		expect(json.code).toBe(EXIT.usage);
		expect(fromJson(json.stdout)).toMatchObject({ status: 'not-found', reason: 'invalid-query', input: 'code' });
	});

	it('hierarchy: a force’s region and nation; a nation’s forces; a name meaning two places is exit 1 with both', () => {
		const force = bundled('hierarchy', 'Derbyshire');
		expect(force.stdout).toContain('- region: East Midlands (region)\n- nation: England (nation)');
		expectEndsWithHelp(force.stdout);
		const wales = bundled('hierarchy', 'Wales', '--json');
		expect(fromJson(wales.stdout)).toEqual(same(getAreaHierarchy('Wales')));
		const forces = bundled('hierarchy', 'Wales', '--csv')
			.stdout.split('\r\n')
			.filter((row) => row.startsWith('force,'))
			.map((row) => row.split(',')[1]);
		expect(forces).toEqual(['dyfed-powys', 'gwent', 'north-wales', 'south-wales']);
		const newport = bundled('hierarchy', 'Newport');
		expect(newport.code).toBe(EXIT.notFound);
		expect(newport.stderr).toContain('Did you mean: ');
		expectEndsWithHelp(newport.stderr);
		expectUsageError(bundled('hierarchy', 'x'.repeat(201)));
	});

	it('series --from --to is getSeries with that range; a reversed range is not-found naming it', () => {
		const range = bundled('series', 'Derbyshire', '--from', '2015/16', '--to', '2016-17', '--json');
		expect(fromJson(range.stdout)).toEqual(same(getSeries({ area: 'Derbyshire', from: '2015/16', to: '2016-17' })));
		expect(fromJson(range.stdout).data.points.map((p: { year: string }) => p.year)).toEqual(['2015/16', '2016/17']);
		const reversed = bundled('series', 'Derbyshire', '--from', '2019/20', '--to', '2015/16');
		expect(reversed.code).toBe(EXIT.notFound);
		expectEndsWithHelp(reversed.stderr);
	});

	it('--sex, --age-band and --platform are the API’s breakdown; one it does not know is a usage error', () => {
		const girls = bundled('series', 'Wales', '--sex', 'girls');
		expect(girls.stdout).toContain('Wales: Child sexual offences recorded, where the victim was a girl');
		expect(girls.stdout).toContain('- 2014/15: 1,242');
		expectEndsWithHelp(girls.stdout);
		const json = bundled('figures', 'UK', '2023/24', '--platform', 'WhatsApp', '--json');
		expect(fromJson(json.stdout)).toEqual(
			same(getFigures({ area: 'UK', year: '2023/24', breakdown: { platform: 'WhatsApp' } })),
		);
		const under13 = bundled('figures', 'Police Scotland', '--age-band', 'under 13');
		expect(under13.code).toBe(EXIT.ok);
		expect(under13.stdout).toContain('369');
		const unknown = bundled('figures', 'Wales', '--age-band', 'teenagers');
		expectUsageError(unknown);
		expect(unknown.stderr).toContain('query.breakdown.ageBand');
		expectUsageError(bundled('series', 'Wales', '--sex', 'everyone'));
	});

	it('a filter on a command it does not apply to, or without its value, is a usage error', () => {
		for (const argv of [
			['figures', 'Wales', '--from', '2015/16'],
			['areas', '--sex', 'girls'],
			['measures', '--platform', 'snapchat'],
			['series', 'Wales', '--from'],
		]) {
			expectUsageError(bundled(...argv));
		}
		expect(bundled('figures', 'Wales', '--from', '2015/16').stderr).toContain(
			'--from applies to "signpost series" only.',
		);
	});
});
