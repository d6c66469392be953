import { AUDIENCES, HELP_TOPICS, MAX_FREE_TEXT_LENGTH } from '@signpost-uk/domain';
import {
	HELP_NUMBERS,
	LONG_PERSON_MESSAGE,
	LONG_QUERY,
	longMessage,
	PERSON_PHRASES,
} from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { findAreaByOnsCode, formatAnswer, getAreaHierarchy, getFigures, searchAreas } from '../index.js';
import { TEXT_CALLS } from './support/text-calls.js';

/** The names of the help wanted that the help options take. */
const HELP_VALUES = new Set<string>([...AUDIENCES, ...HELP_TOPICS]);

describe('the help options, given the values they take', () => {
	it('answer as asked: a topic or audience that names the help wanted is not a person speaking', () => {
		for (const topic of ['suicide-or-self-harm', 'emergency', 'adult-survivor'] as const)
			expect(getFigures({ area: 'Kent' }, { help: { audience: 'adult', topic } }).status).toBe('found');
	});
});

describe('a person speaking, typed into any SDK call that takes text', () => {
	it.each(PERSON_PHRASES.map((p) => [p.text, p] as const))('"%s": help first, at its input, never echoed', (text) => {
		for (const { input: path, call } of TEXT_CALLS) {
			// "emergency" is also a topic's name: given as the topic, it names the help wanted (tested below).
			if (path.startsWith('options.') && HELP_VALUES.has(text)) continue;
			const result = call(text);
			expect(result, `${path}: ${text}`).toMatchObject({ status: 'help-first', input: path });
			const json = JSON.stringify(result);
			for (const number of HELP_NUMBERS) expect(json, path).toContain(number);
			// Four words or more: shorter phrases ("call the police") are also Signpost's own help sentences.
			if (text.split(/\s+/).length >= 4) expect(json.toLowerCase(), path).not.toContain(text.toLowerCase());
		}
	});

	it('a lookup answers help first in words a person reads, with the help lines (formatAnswer)', () => {
		for (const result of [
			searchAreas('can someone help me please'),
			getAreaHierarchy('my brother hurts me'),
			findAreaByOnsCode('my brother hurts me'),
		]) {
			if (result.status !== 'help-first') throw new Error(result.status);
			const text = formatAnswer(result, { format: 'text' });
			for (const number of HELP_NUMBERS) expect(text).toContain(number);
			expect(text).not.toMatch(/no area matches|did you mean/i);
			expect(text.toLowerCase()).not.toContain('brother hurts');
		}
		expect(getAreaHierarchy('my brother hurts me')).toMatchObject({ concerns: ['danger'] });
	});

	it('a message longer than the query schemas take still gets help first, not "cannot read"', () => {
		const long = `can someone help me please ${'i do not know what to do '.repeat(12)}`;
		expect(long.length).toBeGreaterThan(200);
		expect(getFigures({ area: long })).toMatchObject({ status: 'help-first', input: 'area' });
		expect(searchAreas(long)).toMatchObject({ status: 'help-first', input: 'text' });
		expect(getAreaHierarchy(long)).toMatchObject({ status: 'help-first', input: 'area' });
		expect(findAreaByOnsCode(long)).toMatchObject({ status: 'help-first', input: 'code' });
	});

	it('a long message, up to MAX_FREE_TEXT_LENGTH, gets help first in every call; a long string that is not a person is bad input', () => {
		for (const { input: path, call } of TEXT_CALLS) {
			expect(call(LONG_PERSON_MESSAGE), path).toMatchObject({ status: 'help-first', input: path });
			const refused = call(LONG_QUERY) as { input?: string };
			expect(refused, path).toMatchObject({ status: 'not-found', reason: 'invalid-query' });
			// The input's path as the schema names it ("query.area" for a query's area).
			expect(refused.input?.endsWith(path), path).toBe(true);
			for (const number of HELP_NUMBERS) expect(JSON.stringify(refused), path).toContain(number);
			expect(JSON.stringify(refused), path).not.toContain('Qzx');
		}
		// Past the limit, nothing is read: it is bad input like any other, with the help lines.
		const tooLong = longMessage('my dad touches me and I am scared', MAX_FREE_TEXT_LENGTH + 1);
		expect(getFigures({ area: tooLong })).toMatchObject({ status: 'not-found', reason: 'invalid-query' });
	});

	it('places that are also words still answer as places', () => {
		expect(getAreaHierarchy('Reading')).toMatchObject({ status: 'found', area: { id: 'thames-valley' } });
		expect(searchAreas('Hart')).toMatchObject({ status: 'found' });
		expect(getFigures({ area: 'Bath' }).status).not.toBe('help-first');
	});
});
