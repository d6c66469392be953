import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../scripts/read-data-files.js';
import { checkPersonWords, PERSON_WORDS_FILE } from '../../../scripts/read-person-words.js';
import { dataCopies, dataFileErrorOf } from '../../__tests__/support/data-copies.js';
import { PERSON_WORDS } from '../../generated/person-words.js';
import { withoutReasons } from '../../schema/person-words.js';

const copies = dataCopies();

/** A scratch copy of data/person/ with the word data changed in place by `edit`. */
function copyWith(edit: (json: Record<string, Record<string, unknown>[]>) => void): string {
	return copies(
		PERSON_WORDS_FILE,
		(json) => {
			edit(json);
			return JSON.stringify(json);
		},
		'person',
	);
}

describe('data/person/person-words.json', () => {
	it('validates, names its JSON Schema, and is what the bundled module holds', () => {
		const words = checkPersonWords();
		const raw = JSON.parse(readFileSync(join(dataDir, PERSON_WORDS_FILE), 'utf8'));
		expect(raw.$schema).toBe('../schema/person-words.schema.json');
		expect(PERSON_WORDS).toEqual(withoutReasons(words));
	});

	it('gives every spelling, group, rule and never-a-place word a reason', () => {
		const words = checkPersonWords();
		const entries = [...words.spellings, ...words.groups, ...words.rules, ...words.neverAPlace];
		expect(entries.every((entry) => entry.reason.length >= 10)).toBe(true);
	});

	it('guards the words the issue named from being corrected to a place, each with its answer', () => {
		const never = new Map(PERSON_WORDS.neverAPlace.map((n) => [n.word, n.answer]));
		expect(
			Object.fromEntries(['hurt', 'dead', 'safe', 'harm', 'home', 'brother'].map((w) => [w, never.get(w)])),
		).toEqual({
			hurt: 'help-first',
			dead: 'help-first',
			safe: 'no-area',
			harm: 'help-first',
			home: 'no-area',
			brother: 'no-area',
		});
	});

	it('an entry without a reason names the file and the entry', () => {
		const dir = copyWith((json) => {
			delete (json.rules as Record<string, unknown>[])[2]?.reason;
		});
		expect(dataFileErrorOf(() => checkPersonWords(dir))).toMatch(/^person\/person-words\.json: rules\[2\]\.reason/);
	});

	it('a rule naming an unknown group is named', () => {
		const dir = copyWith((json) => {
			const [rule] = json.rules as Record<string, unknown>[];
			if (rule) rule.words = 'kill @nobody';
		});
		expect(dataFileErrorOf(() => checkPersonWords(dir))).toContain('rules[0].words: unknown group "@nobody"');
	});

	it('two rules with one id are named', () => {
		const dir = copyWith((json) => {
			const [first, second] = json.rules as Record<string, unknown>[];
			if (first && second) second.id = first.id;
		});
		expect(dataFileErrorOf(() => checkPersonWords(dir))).toContain('rules[1].id');
	});

	it('a word with a capital or a space is refused', () => {
		const dir = copyWith((json) => {
			const [entry] = json.neverAPlace as Record<string, unknown>[];
			if (entry) entry.word = 'Hurt me';
		});
		expect(dataFileErrorOf(() => checkPersonWords(dir))).toContain('neverAPlace[0].word');
	});
});
