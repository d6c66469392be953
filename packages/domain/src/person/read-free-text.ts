import { freeTextWords } from './free-text-words.js';
import { PERSON_CONCERNS, type PersonConcern, type TextReading } from './person-concern.js';
import { type CompiledRule, lexiconWord, type PersonLexicon, personLexicon } from './person-lexicon.js';

const QUERY: TextReading = Object.freeze({ kind: 'query' });

/** The text's words with spellings spelled out ("im" → "i am") and near typos read as lexicon words. */
function readWords(lexicon: PersonLexicon, text: string): string[] {
	return freeTextWords(text).flatMap((word) => lexicon.spellings.get(word) ?? [lexiconWord(lexicon, word)]);
}

function phraseAt(words: readonly string[], at: number, rule: CompiledRule): boolean {
	return rule.slots.every((slot, i) => {
		const word = words[at + i];
		return word !== undefined && slot.has(word);
	});
}

/** Whether every slot of a rule has a word somewhere in the text, in any order. */
const everySlotIn = (present: ReadonlySet<string>, rule: CompiledRule) =>
	rule.slots.every((slot) => [...slot].some((w) => present.has(w)));

function matches(words: readonly string[], present: ReadonlySet<string>, rule: CompiledRule): boolean {
	if (rule.rule.match === 'all') return everySlotIn(present, rule);
	for (let at = 0; at + rule.slots.length <= words.length; at++) if (phraseAt(words, at, rule)) return true;
	return false;
}

/**
 * The `alone` rules of a short text: at most three words besides filler, one of them a word that reads as a person on
 * its own ("hurt", "scared", "help"), whatever the others are ("um helpwch", "dead Kent").
 */
function aloneRules(lexicon: PersonLexicon, words: readonly string[]): CompiledRule[] {
	const said = words.filter((w) => !lexicon.filler.has(w));
	if (said.length === 0 || said.length > 3) return [];
	return said.flatMap((word) => lexicon.rules.alone.filter((r) => r.slots.length === 1 && r.slots[0]?.has(word)));
}

/** How many words make a sentence: no place or measure name has four words with "i", "me", "he" or "she" in them. */
export const SENTENCE_FROM = 4;

/**
 * The `sentence` rules of a text no other rule matched: four or more words (spellings spelled out, "im" is "i am"),
 * one of them a rule's word. A person's words no rule foresaw ("i want it to stop") are still a person's.
 */
function sentenceRules(lexicon: PersonLexicon, words: readonly string[], present: ReadonlySet<string>): CompiledRule[] {
	if (words.length < SENTENCE_FROM) return [];
	return lexicon.rules.sentence.filter((r) => everySlotIn(present, r));
}

/**
 * The rules a text matches, each once, in the data's order by kind (phrases, then words anywhere, then words alone;
 * fallback phrases only when none of those matched, and sentences only when nothing else did): what {@link readFreeText} reads its concerns from, and what a test
 * names when a phrase reads wrongly.
 *
 * @example
 * ```ts
 * rulesMatched('im scared').map((r) => r.rule.id); // ["i-am-scared"]
 * ```
 */
export function rulesMatched(text: string): CompiledRule[] {
	const lexicon = personLexicon();
	const words = readWords(lexicon, text);
	if (words.length === 0) return [];
	const present = new Set(words);
	const matched = [
		...lexicon.rules.phrase.filter((r) => matches(words, present, r)),
		...lexicon.rules.all.filter((r) => matches(words, present, r)),
		...new Set(aloneRules(lexicon, words)),
	];
	if (matched.length) return matched;
	const fallback = lexicon.rules.fallback.filter((r) => matches(words, present, r));
	return fallback.length ? fallback : sentenceRules(lexicon, words, present);
}

/**
 * Reads free text given to Signpost (an area, a measure, a year, any option, an autocomplete input) and says whether
 * it is a place or measure `query` or a `person` speaking: a disclosure, danger, suicide or self-harm, distress, an
 * adult worried about a child, an adult survivor, someone worried about their own thoughts, or harm online. Typos,
 * text-speak ("u", "im", "ppl", "wanna"), no punctuation, capitals and repeated letters ("helppp") are read as
 * meant, and Welsh counts ("helpwch fi", "dw i ofn"). A single word that reads as distress ("hurt", "scared",
 * "help") is a person; place names ("Hart", "Reading", "Hope") stay queries. The words and rules are data, each with
 * its reason (`data/person/person-words.json`). Pure: nothing is kept or logged.
 *
 * @param text - anything a user typed
 * @returns `{ kind: 'query' }`, or `{ kind: 'person', concerns, language }` with the concerns in
 *   `PERSON_CONCERNS` order
 * @example
 * ```ts
 * readFreeText('Derbyshire'); // { kind: 'query' }
 * readFreeText('Hart'); // { kind: 'query' }
 * readFreeText('hurt'); // { kind: 'person', concerns: ['distress'], language: 'en' }
 * readFreeText('he said he will kill me if i tell'); // { kind: 'person', concerns: ['danger', 'disclosure'], language: 'en' }
 * readFreeText('helpwch fi'); // { kind: 'person', concerns: ['distress'], language: 'cy' }
 * ```
 */
export function readFreeText(text: string): TextReading {
	const matched = rulesMatched(text);
	if (matched.length === 0) return QUERY;
	const concerns = new Set<PersonConcern>(matched.map((m) => m.rule.concern));
	return {
		kind: 'person',
		concerns: PERSON_CONCERNS.filter((c) => concerns.has(c)),
		language: matched.some((m) => m.rule.language === 'cy') ? 'cy' : 'en',
	};
}
