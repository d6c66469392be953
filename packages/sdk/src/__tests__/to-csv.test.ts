import { describe, expect, it } from 'vitest';
import { answerFigures, CSV_COLUMNS, createSignpost, toCSV } from '../index.js';
import { fixtureJson } from './support/fixture-dataset.js';
import { parseCsv } from './support/parse-csv.js';

const signpost = createSignpost({ dataset: fixtureJson });

describe('toCSV', () => {
	const answer = signpost.getFigures({ area: 'Derbyshire', year: '2016/17' });
	const csv = toCSV(answer);
	const rows = parseCsv(csv);

	it('writes a header, CRLF line ends and one row per figure and source', () => {
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(csv.endsWith('\r\n')).toBe(true);
		const expected = answerFigures(answer).reduce((n, f) => n + f.sources.length, 0);
		expect(rows).toHaveLength(1 + expected);
		expect(rows.slice(1).every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
	});

	it('quotes fields with commas, double quotes and line breaks, and reads back to the exact quotes', () => {
		expect(csv).toContain('"Police recorded 1,066 offences, ""up"" from the year before"');
		expect(csv).toContain('"Sex crimes against children, ""a rise"" in Derbyshire"');
		expect(csv).toContain('"Derbyshire: 1,066\nrecorded offences"');
		const quote = CSV_COLUMNS.indexOf('quote');
		const quotes = rows.slice(1).map((r) => r[quote]);
		expect(quotes).toContain('Police recorded 1,066 offences, "up" from the year before');
		expect(quotes).toContain('Derbyshire: 1,066\nrecorded offences');
	});

	it('gives each row its source title, publisher, address and date, and the help lines', () => {
		const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
		const [first, second] = rows.slice(1);
		// The best source first: the NSPCC's own page, then the newspaper.
		expect(first?.[column('value')]).toBe('1066');
		expect(first?.[column('publisher')]).toBe('NSPCC');
		expect(first?.[column('address')]).toBe('');
		expect(second?.[column('publisher')]).toBe('Derby Telegraph');
		expect(second?.[column('address')]).toBe('https://example.org/derby');
		expect(second?.[column('date')]).toBe('2018-02-14');
		for (const row of rows.slice(1)) {
			for (const number of ['0800 1111', '0808 800 5000', '999']) expect(row[column('help')]).toContain(number);
		}
	});

	it('writes only the header for a not-found answer, and accepts a list of figures', () => {
		expect(toCSV(signpost.getFigures({ area: 'Kent' }))).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
		expect(toCSV(answerFigures(answer))).toBe(csv);
	});
});
