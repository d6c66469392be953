import { getBundledDataset } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { CUSTOM_ID_MAX, decodeCustomId, encodeCustomId, idToken } from '../custom-id.js';
import { type Question, VIEWS } from '../question.js';

const dataset = getBundledDataset();

describe('custom_id', () => {
	it('gives every area and measure of the bundled dataset its own token', () => {
		for (const ids of [dataset.areas.map((a) => a.id), dataset.measures.map((m) => m.id)]) {
			expect(new Set(ids.map(idToken)).size).toBe(ids.length);
		}
	});

	it('round-trips the longest question in at most 100 characters', () => {
		const longest = (ids: string[]) => ids.sort((a, b) => b.length - a.length)[0] ?? '';
		const question: Question = {
			command: 'compare',
			view: 'caveats',
			page: 99,
			private: true,
			area: longest(dataset.areas.map((a) => a.id)),
			with: longest(dataset.areas.map((a) => a.id).slice(1)),
			year: '2099/00',
			measure: longest(dataset.measures.map((m) => m.id)),
			locale: 'cy',
		};
		const id = encodeCustomId(question);
		expect(id.endsWith(':cy')).toBe(true);
		expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
		expect(id.startsWith('sp1:')).toBe(true);
		expect(decodeCustomId(dataset, id)).toEqual({ question, share: false });
		expect(decodeCustomId(dataset, encodeCustomId(question, { share: true }))?.share).toBe(true);
	});

	it('round-trips every view, "What the sources say" (claims) among them', () => {
		for (const view of VIEWS) {
			const question: Question = { command: 'trend', view, page: 1, private: false, area: 'kent' };
			expect(decodeCustomId(dataset, encodeCustomId(question))?.question).toEqual(question);
		}
		expect(encodeCustomId({ command: 'figures', view: 'claims', page: 0, private: false })).toBe('sp1:fk0:0::::');
	});

	it('round-trips every area with every measure', () => {
		for (const area of dataset.areas) {
			for (const measure of dataset.measures) {
				const question: Question = {
					command: 'figures',
					view: 'sources',
					page: 3,
					private: false,
					area: area.id,
					measure: measure.id,
					year: '2016/17',
				};
				expect(decodeCustomId(dataset, encodeCustomId(question))?.question).toEqual(question);
			}
		}
	});

	it('carries a Welsh reply’s language, and reads a button without it as before', () => {
		const english: Question = { command: 'figures', view: 'answer', page: 0, private: false, area: 'kent' };
		const welsh: Question = { ...english, locale: 'cy' };
		expect(encodeCustomId(welsh)).toBe(`${encodeCustomId(english)}:cy`);
		expect(decodeCustomId(dataset, encodeCustomId(welsh))?.question).toEqual(welsh);
		expect(decodeCustomId(dataset, encodeCustomId(english))?.question).toEqual(english);
		expect(decodeCustomId(dataset, `${encodeCustomId(english)}:en`)).toBeUndefined();
		expect(decodeCustomId(dataset, `${encodeCustomId(english)}:cy:cy`)).toBeUndefined();
	});

	it('refuses anything it did not make, never guessing', () => {
		const good = encodeCustomId({ command: 'figures', view: 'answer', page: 0, private: false, area: 'kent' });
		const refused: unknown[] = [
			undefined,
			42,
			{ custom_id: good },
			'',
			good.replace('sp1', 'sp2'),
			good.replace(':fa0:', ':fx0:'),
			good.replace(':fa0:', ':fa100:'),
			good.replace(idToken('kent'), 'zzzzzz'),
			`${good}:extra`,
			`${good}${'x'.repeat(100)}`,
			'sp1:fa0:0:<script>:::',
			'sp1:fa0:1:../../::1999:',
		];
		for (const id of refused) expect(decodeCustomId(dataset, id), String(id)).toBeUndefined();
		expect(decodeCustomId(dataset, good)?.question.area).toBe('kent');
	});
});
