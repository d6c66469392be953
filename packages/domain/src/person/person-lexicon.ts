import { editDistance } from '../area/edit-distance.js';
import { PERSON_WORDS } from '../generated/person-words.js';
import type { PersonRule, PersonWordsAtRuntime } from '../schema/person-words.js';
import { foldWord } from './free-text-words.js';

/** One position of a rule: the words that fill it (a word, or every word of a group), folded. */
export type Slot = ReadonlySet<string>;

/** A rule ready to match: its slots in order. */
export interface CompiledRule {
	readonly rule: PersonRule;
	readonly slots: readonly Slot[];
}

/** The person words, compiled once: spellings by typed word, rules by kind, and every word the rules name. */
export interface PersonLexicon {
	readonly spellings: ReadonlyMap<string, readonly string[]>;
	readonly filler: Slot;
	/** Words read as typed, never as a typo of a lexicon word ("north" is not "noeth"). */
	readonly asTyped: Slot;
	/** The rules by kind (`PersonRuleSchema`: `fallback` and `sentence` rules are read only when no other rule matches). */
	readonly rules: Readonly<Record<PersonRule['match'], readonly CompiledRule[]>>;
	/** Every word a rule or group names, folded: the words a typo may be read as. */
	readonly vocabulary: ReadonlySet<string>;
	/** The words no area lookup corrects to a place: the vocabulary and the reviewed `neverAPlace` words. */
	readonly neverCorrected: ReadonlySet<string>;
}

/** The group a text's words are left out of before an `alone` rule is tried: "so", "please", "i", "feel". */
const FILLER_GROUP = 'filler';
/** The group of words never read as a typo of another. */
const AS_TYPED_GROUP = 'as-typed';

function folded(words: string): string[] {
	return words.split(' ').map(foldWord);
}

function compile(words: PersonWordsAtRuntime): PersonLexicon {
	const groups = new Map(words.groups.map((g) => [g.id, new Set(g.words.map(foldWord))]));
	const slotOf = (word: string): Slot =>
		word.startsWith('@') ? (groups.get(word.slice(1)) ?? new Set()) : new Set([foldWord(word)]);
	const compiled = words.rules.map((rule) => ({ rule, slots: rule.words.split(' ').map(slotOf) }));
	const vocabulary = new Set<string>();
	for (const { slots } of compiled) for (const slot of slots) for (const word of slot) vocabulary.add(word);
	return {
		spellings: new Map(words.spellings.map((s) => [foldWord(s.typed), folded(s.means)])),
		filler: groups.get(FILLER_GROUP) ?? new Set(),
		asTyped: groups.get(AS_TYPED_GROUP) ?? new Set(),
		rules: {
			phrase: compiled.filter((c) => c.rule.match === 'phrase'),
			all: compiled.filter((c) => c.rule.match === 'all'),
			alone: compiled.filter((c) => c.rule.match === 'alone'),
			fallback: compiled.filter((c) => c.rule.match === 'fallback'),
			sentence: compiled.filter((c) => c.rule.match === 'sentence'),
		},
		vocabulary,
		neverCorrected: new Set([...vocabulary, ...words.neverAPlace.map((n) => foldWord(n.word))]),
	};
}

let lexicon: PersonLexicon | undefined;

/**
 * The bundled person words (`data/person/person-words.json`), compiled on first use.
 *
 * @example
 * ```ts
 * personLexicon().rules.phrase.length > 0; // true
 * ```
 */
export function personLexicon(): PersonLexicon {
	lexicon ??= compile(PERSON_WORDS);
	return lexicon;
}

/** Words this long or longer may be one typo from a lexicon word ("sucide"); shorter typos ("touchs", "abusd") are
 * spelled out in the data, since a five-letter word one edit from another is often a place ("Neath", "North"). */
const TYPO_FROM = 6;
const typoCache = new Map<string, string | null>();

/**
 * The lexicon word a typed word stands for: itself when the lexicon has it, else the one lexicon word of six or more
 * letters one edit away ("sucidal" → "suicidal"), else the word as typed.
 *
 * @example
 * ```ts
 * lexiconWord(personLexicon(), 'sucidal'); // "suicidal"
 * ```
 */
export function lexiconWord(lexicon: PersonLexicon, word: string): string {
	if (word.length < TYPO_FROM || lexicon.vocabulary.has(word) || lexicon.asTyped.has(word)) return word;
	let near = typoCache.get(word);
	if (near === undefined) {
		const close = [...lexicon.vocabulary].filter((w) => w.length >= TYPO_FROM && editDistance(word, w, 1) <= 1);
		near = close.length === 1 ? (close[0] as string) : null;
		if (typoCache.size > 10_000) typoCache.clear();
		typoCache.set(word, near);
	}
	return near ?? word;
}
