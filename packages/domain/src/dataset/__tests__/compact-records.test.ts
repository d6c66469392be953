import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/read-data-files.js';
import { checkPersonWords } from '../../../scripts/read-person-words.js';
import { PERSON_WORDS } from '../../generated/person-words.js';
import { validatedDataset } from '../../generated/validated-dataset.js';
import type { Dataset } from '../../schema/dataset.js';
import { DatasetSchema } from '../../schema/dataset.js';
import { withoutReasons } from '../../schema/person-words.js';
import { fixtureInput } from '../../testing.js';
import { COMPACT_MARKS, type CompactRecords, decodeCompact } from '../compact-records.js';
import { createDataset } from '../create-dataset.js';
import { encodeCompact } from '../encode-compact-records.js';

/** Encodes and decodes through JSON text, as the generated module does. */
const roundTrip = (dataset: Dataset) =>
	decodeCompact<Dataset>(JSON.parse(JSON.stringify(encodeCompact(dataset))) as CompactRecords);

describe('the compact dataset', () => {
	it('the bundled module decodes to exactly the data files as the schema parses them, key order included', () => {
		const files = DatasetSchema.parse(readDataFiles().raw);
		const bundled = validatedDataset();
		expect(bundled).toStrictEqual(files);
		// the same JSON text: every record, field, key order and value, every citation and quote
		expect(JSON.stringify(bundled)).toBe(JSON.stringify(files));
	});

	it('the bundled person words decode to exactly the data file without the reviewers’ reasons, key order included', () => {
		expect(JSON.stringify(PERSON_WORDS)).toBe(JSON.stringify(withoutReasons(checkPersonWords())));
	});

	it('round-trips the fixture dataset', () => {
		const fixture = createDataset(fixtureInput);
		expect(JSON.stringify(roundTrip(fixture))).toBe(JSON.stringify(fixture));
	});

	it('round-trips nulls, missing fields, key orders, arrays, numbers, long dictionaries and templated text', () => {
		const many = Array.from({ length: 70 }, (_, i) => ({ id: `id-${i}`, other: `text $& $1 id-${i} $$` }));
		const odd = {
			version: '2026-01-01',
			areas: many,
			figures: [
				{ id: 'a', breakdown: null, value: 1.5, notes: [] },
				{ value: -2, id: 'b', breakdown: { sex: 'girls' }, notes: ['x', 'y'] },
				{ id: 'c', breakdown: { ageBand: 'under-13', sex: 'boys' }, sources: [{ source: 'id-69', quote: 'q' }] },
				{ id: 'd', flag: true, nested: [[1, 2], [], [3]], area: 'id-3' },
			],
			claims: [null, { id: 'e', area: 'id-1' }, {}],
		} as unknown as Dataset;
		expect(JSON.stringify(roundTrip(odd))).toBe(JSON.stringify(odd));
	});

	it('leaves text holding the template mark as it is', () => {
		const marked = {
			version: '2026-01-01',
			areas: [
				{ id: 'x', name: `x ${COMPACT_MARKS} x` },
				{ id: 'y', name: 'y y' },
			],
		} as unknown as Dataset;
		expect(JSON.stringify(roundTrip(marked))).toBe(JSON.stringify(marked));
	});
});
