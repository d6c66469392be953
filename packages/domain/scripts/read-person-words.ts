import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssues } from '../src/dataset/format-issues.js';
import { type PersonWords, PersonWordsSchema } from '../src/schema/person-words.js';
import { orExit } from './or-exit.js';
import { DataFileError, dataDir } from './read-data-files.js';

/** The person words file, inside `data/`. */
export const PERSON_WORDS_FILE = 'person/person-words.json';

/**
 * Reads and validates `data/person/person-words.json` against {@link PersonWordsSchema}, and checks what the schema
 * cannot: ids are unique, and every `@group` a rule names exists (that each
 * `help-first` word reads as a person is tested through `readFreeText`). Throws {@link DataFileError} naming the file and the entry.
 *
 * @example
 * ```ts
 * checkPersonWords().rules.length;
 * ```
 */
export function checkPersonWords(dir: string = dataDir): PersonWords {
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(join(dir, PERSON_WORDS_FILE), 'utf8'));
	} catch (error) {
		throw new DataFileError(`${PERSON_WORDS_FILE}: ${(error as Error).message}`);
	}
	const result = PersonWordsSchema.safeParse(value);
	if (!result.success)
		throw new DataFileError(
			`${PERSON_WORDS_FILE}: ${formatIssues(result.error.issues).replaceAll('\n', `\n${PERSON_WORDS_FILE}: `)}`,
		);
	const problems = crossCheck(result.data);
	if (problems.length) throw new DataFileError(problems.map((p) => `${PERSON_WORDS_FILE}: ${p}`).join('\n'));
	return result.data;
}

function crossCheck(words: PersonWords): string[] {
	const problems: string[] = [];
	const groups = new Set<string>();
	words.groups.forEach((group, i) => {
		if (groups.has(group.id)) problems.push(`groups[${i}].id: "${group.id}" is already a group`);
		groups.add(group.id);
	});
	const rules = new Set<string>();
	words.rules.forEach((rule, i) => {
		if (rules.has(rule.id)) problems.push(`rules[${i}].id: "${rule.id}" is already a rule`);
		rules.add(rule.id);
		for (const word of rule.words.split(' '))
			if (word.startsWith('@') && !groups.has(word.slice(1)))
				problems.push(`rules[${i}].words: unknown group "${word}"`);
	});
	const typed = new Set<string>();
	words.spellings.forEach((spelling, i) => {
		if (typed.has(spelling.typed)) problems.push(`spellings[${i}].typed: "${spelling.typed}" is already spelled`);
		typed.add(spelling.typed);
	});
	const never = new Set<string>();
	words.neverAPlace.forEach((entry, i) => {
		if (never.has(entry.word)) problems.push(`neverAPlace[${i}].word: "${entry.word}" is already listed`);
		never.add(entry.word);
	});
	return problems;
}

/**
 * {@link checkPersonWords} for a script: the words, or the problem on stderr and exit code 1.
 *
 * @example
 * ```ts
 * const words = checkPersonWordsOrExit();
 * ```
 */
export function checkPersonWordsOrExit(): PersonWords {
	return orExit(() => checkPersonWords());
}
