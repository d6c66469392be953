import { z } from 'zod';
import { PERSON_CONCERNS } from '../person/person-concern.js';

const Reason = z.string().min(10).describe('Why this entry is here, for the reviewer: what a person means by it.');
/** One word as the reader compares it: lower-case letters and digits, no spaces. */
const Word = z.string().regex(/^[a-z0-9]+$/, 'must be one lower-case word of letters and digits');
/** A group's or a rule's name: kebab-case, starting with a letter. */
const Name = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be kebab-case');
/** Words, or `@group` references, separated by single spaces. */
const Words = z
	.string()
	.regex(/^@?[a-z0-9-]+(?: @?[a-z0-9-]+)*$/, 'must be words or @groups separated by single spaces');

/** A way of writing a word people type (text-speak, a common misspelling) and the words it stands for. */
export const PersonSpellingSchema = z
	.object({
		typed: Word.describe('The word as typed, lower case: "u", "im", "ppl", "wanna".'),
		means: Words.describe('The word or words it stands for: "you", "i am", "people", "want to".'),
		reason: Reason,
	})
	.strict();

/** A named set of words a rule can name as `@id`: people ("dad", "uncle"), acts ("touches", "hits"). */
export const PersonWordGroupSchema = z
	.object({
		id: Name.describe(
			'The group\'s name, as rules name it after "@": "family", "touching". "filler" and "as-typed" are read specially.',
		),
		words: z.array(Word).min(1).describe('The words of the group, each one lower-case word.'),
		reason: Reason,
	})
	.strict();

/**
 * One rule: when it matches, the text is a person speaking, with this concern. `phrase`: the words in this order,
 * next to each other, anywhere in the text; `all`: every word somewhere in the text, in any order; `alone`: one word
 * that reads as a person on its own, in a text of at most three words (filler such as "please" or "so" aside);
 * `fallback`: a phrase read only when no `phrase`, `all` or `alone` rule matches ("my dad": someone close named, which
 * adds nothing where a narrower rule reads the text, as in "my dad hits me"); `sentence`: read only when no other rule
 * matches, a text of four or more words with one of the rule's words in it ("i want it to stop"): a sentence about
 * someone, which no place name is.
 */
export const PersonRuleSchema = z
	.object({
		id: Name.describe("The rule's name, unique, kebab-case."),
		concern: z.enum(PERSON_CONCERNS).describe('What a text matching the rule may be telling Signpost.'),
		language: z.enum(['en', 'cy']).describe("The language of the rule's words: English or Welsh."),
		match: z
			.enum(['phrase', 'all', 'alone', 'fallback', 'sentence'])
			.describe(
				'phrase: the words in order, together; all: every word anywhere; alone: the word in a short text; fallback: a phrase, when no phrase, all or alone rule matches; sentence: when no other rule matches, one of the words in a text of four or more.',
			),
		words: Words.describe('Words or @groups, separated by spaces, as the reader sees them after spellings.'),
		reason: Reason,
	})
	.strict();

/**
 * A word an area lookup must never correct to a place: "hurt" is not a typo for Hart. `help-first` words read as a
 * person on their own (a rule says so); `no-area` words are simply no area.
 */
export const NeverAPlaceSchema = z
	.object({
		word: Word.describe('The word, lower case.'),
		answer: z
			.enum(['help-first', 'no-area'])
			.describe('help-first: it reads as a person on its own; no-area: it is simply no area.'),
		reason: Reason,
	})
	.strict();

/**
 * The words and rules that tell a person speaking from a query (`data/person/person-words.json`), each with its
 * reason, reviewed like the gazetteer.
 */
export const PersonWordsSchema = z
	.object({
		$schema: z.string().optional().describe("The path of this file's JSON Schema, relative to this file."),
		spellings: z.array(PersonSpellingSchema).describe('Text-speak and misspellings, and the words they stand for.'),
		groups: z.array(PersonWordGroupSchema).describe('Named sets of words that rules name as @group.'),
		rules: z.array(PersonRuleSchema).min(1).describe('The rules: any one matching makes the text a person speaking.'),
		neverAPlace: z
			.array(NeverAPlaceSchema)
			.describe('Words an area lookup never corrects to a place, each with its answer and reason.'),
	})
	.strict()
	.describe('The words and rules that tell a person speaking from a place or measure query, with their reasons.');

/** The person-words data file, as validated. */
export type PersonWords = z.infer<typeof PersonWordsSchema>;
/** One rule of {@link PersonWords}, as the reader uses it: its reason stays in the data file, for reviewers. */
export type PersonRule = Omit<z.infer<typeof PersonRuleSchema>, 'reason'>;

/**
 * The person words as they ship in the package: every entry without its reason (the reasons are for the people who
 * review the data file; the reader never shows them), about half the bytes.
 */
export interface PersonWordsAtRuntime {
	readonly spellings: readonly Omit<PersonWords['spellings'][number], 'reason'>[];
	readonly groups: readonly Omit<PersonWords['groups'][number], 'reason'>[];
	readonly rules: readonly PersonRule[];
	readonly neverAPlace: readonly Omit<PersonWords['neverAPlace'][number], 'reason'>[];
}

/**
 * The person words without their reasons or schema address: what the generated module holds.
 *
 * @example
 * ```ts
 * withoutReasons(words).rules[0]?.id; // "will-kill-me"
 * ```
 */
export function withoutReasons(words: PersonWords): PersonWordsAtRuntime {
	const strip = <T extends { reason: string }>({ reason: _reason, ...rest }: T): Omit<T, 'reason'> => rest;
	return {
		spellings: words.spellings.map(strip),
		groups: words.groups.map(strip),
		rules: words.rules.map(strip),
		neverAPlace: words.neverAPlace.map(strip),
	};
}
