import { describe, expect, it } from 'vitest';
import { fixtureJson, force } from '../../__tests__/support/fixture-dataset.js';
import {
	expectEndsWithHelp,
	expectFound,
	expectNotFound,
	NUMBERS,
	runCaptured,
} from '../../__tests__/support/run-cli-captured.js';
import { createSignpost, type DatasetInput } from '../../index.js';
import { parseCommandLine } from '../parse-command-line.js';
import { EXIT } from '../run-cli.js';

const count = (id: string, area: string, period: string, measure: string, value: number, quote: string) => ({
	id,
	area,
	period,
	measure,
	value,
	unit: 'count' as const,
	sources: [{ source: 'nspcc-2018', quote }],
});

/**
 * The shared fixture (Derbyshire 1,066 and Staffordshire 1,681 in 2016/17), plus what compare and national need: two
 * forces named the way people type them ("Hants", "Reading"), the grooming offence, and UK figures either side of
 * 2023.
 */
const dataset: DatasetInput = {
	...fixtureJson,
	areas: [
		...fixtureJson.areas,
		force('hampshire', 'Hampshire and Isle of Wight', 'Hampshire and Isle of Wight Constabulary'),
		force('thames-valley', 'Thames Valley', 'Thames Valley Police'),
	],
	places: [
		{ name: 'Hampshire', kind: 'county', code: 'E10000014', areas: ['hampshire'], aliases: ['Hants'] },
		{ name: 'Reading', kind: 'unitary', code: 'E06000038', areas: ['thames-valley'], aliases: [] },
	],
	measures: [
		...fixtureJson.measures,
		{
			id: 'sexual-communication-with-a-child',
			name: 'Sexual Communication with a Child offences recorded',
			shortName: 'Sexual Communication with a Child',
			kind: 'recorded-offences',
			definition: 'The online grooming offence, in force in England and Wales from April 2017.',
			aliases: ['grooming', 'SCWC'],
		},
	],
	figures: [
		...fixtureJson.figures,
		count('hampshire-scwc-2017-18', 'hampshire', '2017/18', 'sexual-communication-with-a-child', 152, 'Hampshire: 152'),
		count('tvp-scwc-2017-18', 'thames-valley', '2017/18', 'sexual-communication-with-a-child', 114, 'TVP: 114'),
		count('uk-2022-23', 'uk', '2022/23', 'child-sexual-offences', 70_001, 'UK 2022/23: 70,001'),
		count('uk-2023-24', 'uk', '2023/24', 'child-sexual-offences', 70_002, 'UK 2023/24: 70,002'),
		count('uk-scwc-2023-24', 'uk', '2023/24', 'sexual-communication-with-a-child', 7_062, 'UK grooming: 7,062'),
	],
};
const signpost = createSignpost({ dataset });

function cli(...argv: string[]) {
	return runCaptured(argv, signpost);
}

/** A usage error: exit 2, the message, the usage and the help lines on stderr, nothing on stdout. */
function expectUsageError(result: ReturnType<typeof cli>, message: string): void {
	expect(result.code).toBe(EXIT.usage);
	expect(result.stdout).toBe('');
	expect(result.stderr).toContain(message);
	expect(result.stderr).toContain('Usage: signpost');
	expectEndsWithHelp(result.stderr);
}

const same = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('signpost compare', () => {
	it('sets two areas side by side for a year, ending with the help lines', () => {
		expectFound(
			cli('compare', 'Derbyshire', 'Staffordshire', '--year', '2016/17'),
			'Sexual offences against children recorded by the police, 2016/17',
			'- Derbyshire Constabulary, Child sexual offences recorded: 1,066',
			'- Staffordshire Police, Child sexual offences recorded: 1,681',
		);
	});

	it('reads the words people type: "Hants", a town, "grooming"; and says which force each name meant', () => {
		const result = cli('compare', 'Hants', 'Reading', '--measure', 'grooming');
		expectFound(
			result,
			'Sexual Communication with a Child offences recorded, 2017/18',
			'Hants (Hampshire) is policed by Hampshire and Isle of Wight Constabulary.',
			'Reading is policed by Thames Valley Police.',
			'- Hampshire and Isle of Wight Constabulary, Sexual Communication with a Child: 152',
			'- Thames Valley Police, Sexual Communication with a Child: 114',
		);
		expect(result.stdout).not.toContain('Northamptonshire');
	});

	it('--json prints exactly what compareAreas returns', () => {
		const result = cli('compare', 'Hants', 'Reading', '--measure', 'grooming', '--json');
		expect(result.code).toBe(EXIT.ok);
		expect(JSON.parse(result.stdout)).toEqual(
			same(signpost.compareAreas({ areas: ['Hants', 'Reading'], measure: 'grooming' })),
		);
		expect(
			JSON.parse(result.stdout)
				.help.services.slice(0, 3)
				.map((s: { phone: string }) => s.phone),
		).toEqual(NUMBERS);
	});

	it('an area with no figure is shown as such; a year none hold or an unknown area is exit 1 with the help lines', () => {
		expectFound(
			cli('compare', 'Derbyshire', 'Kent', '--year', '2016/17'),
			'- Kent Police: no published figure for 2016/17',
		);
		expectNotFound(cli('compare', 'Derbyshire', 'Staffordshire', '--year', '2010/11'), 'Years held: 2015/16, 2016/17.');
		const unknown = cli('compare', 'Derbyshire', 'Qwertyville Central Constabulary');
		expectNotFound(unknown);
		expect(unknown.stderr).not.toContain('Qwertyville');
	});

	it('one area, an option for another command, or more areas than the API reads is exit 2 with the usage', () => {
		expectUsageError(cli('compare', 'Derbyshire'), '"signpost compare" needs two or more areas');
		expectUsageError(cli('compare', 'Derbyshire', 'Staffordshire', '--from', '2015/16'), '--from applies to');
		expectUsageError(cli('compare', 'Derbyshire', 'Staffordshire', '--sex', 'girls'), '--sex applies to');
		expectUsageError(cli('compare', ...Array.from({ length: 21 }, () => 'Derbyshire')), 'query.areas');
		expectUsageError(cli('compare', 'Derbyshire', 'Staffordshire', '--year'), 'Unknown option');
		const json = cli('compare', ...Array.from({ length: 21 }, () => 'Derbyshire'), '--json');
		expect(json.code).toBe(EXIT.usage);
		expect(JSON.parse(json.stdout)).toMatchObject({ status: 'not-found', reason: 'invalid-query' });
	});
});

describe('signpost national', () => {
	it('"2023" is exit 1 asking which of the two financial years it means', () => {
		expectNotFound(
			cli('national', '2023'),
			'2023 touches two financial years: 2022/23 (April 2022 to March 2023) and 2023/24 (April 2023 to March 2024). Choose one.',
			'- 2022/23\n- 2023/24',
		);
		expect(JSON.parse(cli('national', '2023', '--json').stdout)).toEqual(same(signpost.getNational({ year: '2023' })));
	});

	it('a financial year typed as people do, and --measure grooming, give the UK figures', () => {
		expectFound(
			cli('national', 'year ending March 2023'),
			'National figures, 2022/23',
			'- United Kingdom, Child sexual offences recorded: 70,001',
		);
		const grooming = cli('national', '--measure', 'grooming');
		expectFound(grooming, 'National figures, 2023/24', '- United Kingdom, Sexual Communication with a Child: 7,062');
		expect(grooming.stdout).not.toContain('70,002');
	});

	it('signpost figures takes --measure too, as getFigures does', () => {
		const grooming = cli('figures', 'Hants', '--measure', 'grooming', '--json');
		expect(JSON.parse(grooming.stdout)).toEqual(same(signpost.getFigures({ area: 'Hants', measure: 'grooming' })));
		expectFound(
			cli('figures', 'Hants', '--measure', 'grooming'),
			'Hampshire',
			'- Sexual Communication with a Child: 152',
		);
		expectNotFound(cli('figures', 'Kent', '--measure', 'grooming'));
	});

	it('--json prints exactly what getNational returns', () => {
		const result = cli('national', '--measure', 'grooming', '--json');
		expect(JSON.parse(result.stdout)).toEqual(same(signpost.getNational({ measure: 'grooming' })));
		expect(JSON.parse(cli('national', '--json').stdout)).toEqual(same(signpost.getNational()));
	});

	it('a year with no national figure or a measure it does not know is exit 1; a bad command line is exit 2', () => {
		expectNotFound(cli('national', '2010/11'));
		expectNotFound(cli('national', '--measure', 'zzzz'));
		expectUsageError(cli('national', '2016/17', '2017/18'), 'Too many arguments for "signpost national"');
		expectUsageError(cli('national', '--year', '2016/17'), '--year applies to "signpost compare" only.');
		expectUsageError(cli('series', 'Derbyshire', '--measure', 'grooming'), '--measure applies to');
		expectUsageError(cli('national', 'x'.repeat(201)), 'query.year');
	});

	it('reads the options into filters', () => {
		expect(parseCommandLine(['COMPARE', 'Hants', 'Reading', 'Kent', '--measure', 'grooming'])).toEqual({
			kind: 'run',
			command: 'compare',
			args: ['Hants', 'Reading', 'Kent'],
			format: 'text',
			filters: { measure: 'grooming' },
		});
		expect(parseCommandLine(['national', '--json'])).toEqual({
			kind: 'run',
			command: 'national',
			args: [],
			format: 'json',
			filters: {},
		});
	});
});
