import { compareAreas, getCoverage, getFigures, getNational, getSeries, listAreas } from '@signpost-uk/sdk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frozenJson } from '../frozen-json.js';

describe('frozenJson', () => {
	it('writes exactly what JSON.stringify writes, for SDK answers, twice over (the second from kept parts)', () => {
		const answers = [
			getFigures({ area: 'Derbyshire', year: '2016/17' }),
			getFigures({ area: 'London' }),
			getSeries({ area: 'Kent' }),
			compareAreas({ areas: ['Derbyshire', 'Staffordshire'] }),
			getNational(),
			getCoverage(),
			listAreas(),
		];
		for (const answer of [...answers, ...answers]) expect(frozenJson(answer)).toBe(JSON.stringify(answer));
	});

	it('writes any JSON value as JSON.stringify does, frozen or not', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.boolean(), (value, freeze) => {
				const input = freeze && value !== null && typeof value === 'object' ? Object.freeze(value) : value;
				expect(frozenJson(input)).toBe(JSON.stringify(input));
			}),
			{ numRuns: 300 },
		);
	});

	it('skips undefined properties, writes undefined in arrays as null, and does not keep a changing object', () => {
		const open = { a: 1, b: undefined, c: [undefined, 2] };
		expect(frozenJson(open)).toBe(JSON.stringify(open));
		open.a = 3;
		expect(frozenJson(open)).toBe('{"a":3,"c":[null,2]}');
	});
});
