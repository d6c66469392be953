import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { PERSON_WORDS } from '../../generated/person-words.js';
import { LONG_PERSON_MESSAGE, LONG_QUERY, longMessage } from '../../testing/long-messages.js';
import { PERSON_PHRASES, PLACE_WORDS, SHARED_PLACE_WORDS } from '../../testing/person-phrases.js';
import { freeTextWords } from '../free-text-words.js';
import { MAX_FREE_TEXT_LENGTH } from '../max-free-text-length.js';
import { PERSON_CONCERNS } from '../person-concern.js';
import { readFreeText, rulesMatched, SENTENCE_FROM } from '../read-free-text.js';

const dataset = getBundledDataset();

describe('readFreeText: the phrase table', () => {
	it('holds at least 150 phrases, English and Welsh, for every concern', () => {
		expect(PERSON_PHRASES.length).toBeGreaterThanOrEqual(150);
		for (const concern of PERSON_CONCERNS) {
			expect(PERSON_PHRASES.some((p) => p.concern === concern && p.language === 'en')).toBe(true);
			expect(PERSON_PHRASES.some((p) => p.concern === concern && p.language === 'cy')).toBe(true);
		}
	});

	it.each(PERSON_PHRASES)('"$text" reads as a person: $concern ($language)', ({ text, concern, language }) => {
		const reading = readFreeText(text);
		expect(reading).toMatchObject({ kind: 'person', language });
		if (reading.kind === 'person') expect(reading.concerns).toContain(concern);
	});

	it('lists concerns once each, in PERSON_CONCERNS order, danger first', () => {
		const reading = readFreeText('he said he will kill me if i tell and he touches me and i want to die');
		expect(reading).toEqual({
			kind: 'person',
			concerns: ['danger', 'suicide-or-self-harm', 'disclosure'],
			language: 'en',
		});
	});
});

describe('readFreeText: queries stay queries', () => {
	it.each(PLACE_WORDS.map((p) => p.text))('the place "%s" is a query', (text) => {
		expect(readFreeText(text)).toEqual({ kind: 'query' });
	});

	it.each(SHARED_PLACE_WORDS.map((p) => p.text))('the shared place name "%s" is a query', (text) => {
		expect(readFreeText(text)).toEqual({ kind: 'query' });
	});

	it('every name in the gazetteer, every area name and alias, and every measure name and alias is a query', () => {
		const names = [
			...dataset.places.flatMap((p) => [p.name, ...(p.aliases ?? [])]),
			...dataset.areas.flatMap((a) => [a.name, a.shortName, a.id, ...a.aliases]),
			...dataset.measures.flatMap((m) => [m.name, m.shortName, m.id, ...m.aliases]),
		];
		expect(names.length).toBeGreaterThan(1_500);
		const people = names.filter((name) => readFreeText(name).kind === 'person');
		expect(people.map((name) => `${name}: ${rulesMatched(name).map((m) => m.rule.id)}`)).toEqual([]);
	});

	it.each([
		'',
		'   ',
		'Derbyshire',
		'derbyshre',
		'Kent',
		'2016/17',
		'year ending March 2023',
		'grooming',
		'online grooming',
		'indecent images',
		'child sexual offences',
		'sexual communication with a child',
		'Childline contacts',
		'Heddlu Gogledd Cymru',
		'Caerdydd',
		'north wales',
		'home',
		'safe',
		'brother',
		'hit',
		'touch',
		// Under four words, or no word of a person speaking: not a sentence about someone.
		'my area',
		'near me',
		'where i live',
		'show me kent',
		'Kent my area',
		'west yorkshire police',
		'England, Wales and NI',
	])('"%s" is a query', (text) => {
		expect(readFreeText(text)).toEqual({ kind: 'query' });
	});
});

describe('readFreeText: a sentence about someone', () => {
	it('is a person when no rule foresaw its words: four or more, one of them "i", "my", "he", "she" or the like', () => {
		for (const text of ['how do i report what he did', 'i told them and nothing happened', 'he wont stop'])
			expect([text, rulesMatched(text).map((m) => m.rule.id)]).toEqual([text, ['sentence-about-someone']]);
		expect(readFreeText('she does it every night')).toEqual({ kind: 'person', concerns: ['distress'], language: 'en' });
	});

	it('is read only when no other rule matches, so a narrower concern is not joined by distress', () => {
		expect(readFreeText('he touches me at night')).toEqual({
			kind: 'person',
			concerns: ['disclosure'],
			language: 'en',
		});
	});

	it('a fallback phrase ("my dad") reads a person only where no narrower rule does', () => {
		expect(rulesMatched('my dad').map((m) => m.rule.id)).toEqual(['my-relative']);
		expect(readFreeText('my teacher')).toEqual({ kind: 'person', concerns: ['distress'], language: 'en' });
		expect(readFreeText('my brother hurts me')).toMatchObject({ concerns: ['danger'] });
		expect(rulesMatched('my brother hurts me').map((m) => m.rule.id)).not.toContain('my-relative');
		// A family word alone is no area, never a person or a place: see neverAPlace.
		expect(readFreeText('dad')).toEqual({ kind: 'query' });
	});

	it('in Welsh, with "fi", "fy" or "nhw"', () => {
		expect(readFreeText('dydyn nhw ddim yn gwrando arna fi')).toMatchObject({ kind: 'person', language: 'cy' });
	});

	it('starts at SENTENCE_FROM words', () => {
		expect(SENTENCE_FROM).toBe(4);
		expect(readFreeText('he did it').kind).toBe('query');
		expect(readFreeText('he did it again').kind).toBe('person');
	});
});

describe('readFreeText: how words are read', () => {
	it('folds case, accents, apostrophes and repeated letters', () => {
		expect(freeTextWords("He TOUCHES me!!! i'm scareddd, cyffwrdd â fi")).toEqual([
			'he',
			'touches',
			'me',
			'im',
			'scared',
			'cyfwrd',
			'a',
			'fi',
		]);
	});

	it('reads a long message to its end (MAX_FREE_TEXT_LENGTH characters), and nothing past it', () => {
		expect(LONG_PERSON_MESSAGE).toHaveLength(MAX_FREE_TEXT_LENGTH);
		expect(readFreeText(LONG_PERSON_MESSAGE)).toEqual({
			kind: 'person',
			concerns: ['disclosure', 'distress'],
			language: 'en',
		});
		expect(readFreeText(longMessage('helpwch fi'))).toMatchObject({ kind: 'person', language: 'cy' });
		// The ordinary words before it, and a long block of letters, are queries.
		expect(readFreeText(longMessage('Kent'))).toEqual({ kind: 'query' });
		expect(readFreeText(LONG_QUERY)).toEqual({ kind: 'query' });
		expect(readFreeText(`${longMessage('Kent')} help me`)).toEqual({ kind: 'query' });
		expect(readFreeText(`help me ${longMessage('Kent')}`).kind).toBe('person');
	});

	it('is pure: the same reading every time, whatever was read before', () => {
		const first = readFreeText('im scared');
		readFreeText('he touches me');
		expect(readFreeText('im scared')).toEqual(first);
	});

	it('every help-first word of neverAPlace reads as a person on its own, and every no-area word as a query', () => {
		for (const entry of PERSON_WORDS.neverAPlace)
			expect([entry.word, readFreeText(entry.word).kind]).toEqual([
				entry.word,
				entry.answer === 'help-first' ? 'person' : 'query',
			]);
	});

	it('every rule is matched by at least one phrase of the table, or its own words', () => {
		const matched = new Set(PERSON_PHRASES.flatMap((p) => rulesMatched(p.text).map((m) => m.rule.id)));
		const unmatched = PERSON_WORDS.rules.filter(
			(rule) => !matched.has(rule.id) && !rulesMatched(rule.words.replaceAll('@', '')).length,
		);
		// Rules with a group name in their words are matched through the group's words in the table.
		expect(unmatched.filter((rule) => !rule.words.includes('@')).map((rule) => rule.id)).toEqual([]);
	});
});
