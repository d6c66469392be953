import { describe, expect, it } from 'vitest';
import { getFigures, listAreas } from '../../index.js';
import { parseCommandLine } from '../parse-command-line.js';
import { EXIT, runCli } from '../run-cli.js';

const NUMBERS = ['0800 1111', '0808 800 5000', '999'];

function cli(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The last lines a person sees hold all three numbers. */
function expectEndsWithHelp(text: string): void {
	const tail = text.trimEnd().split('\n').slice(-3).join('\n');
	for (const number of NUMBERS) expect(tail).toContain(number);
}

const derbyshire = getFigures({ area: 'Derbyshire', year: '2016/17' });
const someForce = listAreas().areas.find((a) => a.kind === 'force');

describe('signpost CLI', () => {
	it('figures: exit code follows the answer, and the output ends with the help lines', () => {
		const result = cli('figures', 'Derbyshire', '2016/17');
		expect(result.code).toBe(derbyshire.status === 'found' ? EXIT.ok : EXIT.notFound);
		expectEndsWithHelp(derbyshire.status === 'found' ? result.stdout : result.stderr);
	});

	it('figures --json prints the answer with its help field', () => {
		const result = cli('figures', 'derbyshire constabulary', '2016-17', '--json');
		const answer = JSON.parse(result.stdout);
		expect(answer).toEqual(JSON.parse(JSON.stringify(derbyshire)));
		expect(answer.help.services.slice(0, 3).map((s: { phone: string }) => s.phone)).toEqual(NUMBERS);
	});

	it('figures --csv prints rows carrying the help lines, or the help lines on stderr when there is none', () => {
		const result = cli('figures', 'Derbyshire', '2016/17', '--csv');
		if (derbyshire.status === 'found') {
			const [header, ...rows] = result.stdout.split('\r\n');
			expect(header?.startsWith('area,area_id,period')).toBe(true);
			for (const row of rows) for (const number of NUMBERS) expect(row).toContain(number);
		} else {
			expectEndsWithHelp(result.stderr);
		}
	});

	it('an unknown area: not found (exit 1), suggestions where there are any, help lines, and no echo of the text', () => {
		const result = cli('figures', 'Derbyshre');
		if (result.code === EXIT.notFound) {
			expect(result.stderr).not.toContain('Derbyshre');
			expectEndsWithHelp(result.stderr);
		} else {
			expect(result.stdout).toContain('Derbyshire');
		}
		const nothing = cli('figures', 'Qwertyville Central Constabulary');
		expect(nothing.code).toBe(EXIT.notFound);
		expect(nothing.stderr).not.toContain('Qwertyville');
		expectEndsWithHelp(nothing.stderr);
	});

	it('series, areas, helplines and coverage end with the help lines, or carry help in JSON', () => {
		for (const argv of [['series', 'Staffordshire'], ['areas'], ['areas', 'derby'], ['helplines'], ['coverage']]) {
			const text = cli(...argv);
			expectEndsWithHelp(text.code === EXIT.ok ? text.stdout : text.stderr);
			const json = JSON.parse(cli(...argv, '--json').stdout);
			expect(json.help.services.slice(0, 3).map((s: { phone: string }) => s.phone)).toEqual(NUMBERS);
		}
	});

	it('areas lists every known area, with or without figures', () => {
		const result = cli('areas');
		expect(result.code).toBe(EXIT.ok);
		if (someForce) expect(result.stdout).toContain(someForce.shortName);
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
		expect(cli('frobnicate').stderr).toContain('figures, series, areas, helplines, coverage');
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
		});
	});
});
