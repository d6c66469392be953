import {
	type AnswerKind,
	type AnswerOptions,
	type HelpFirstAnswer,
	helpFirst,
	type PersonSpeaking,
	personSpeaking,
} from '../answer/answer.js';
import type { TextReading } from '../person/person-concern.js';
import { readFreeText } from '../person/read-free-text.js';

/** A query's free-text inputs by path (`area`, `areas.1`, `measure`, `year`), in the order they are checked. */
export type QueryInputs = readonly (readonly [path: string, text: unknown])[];

/**
 * The help-first answer when any free-text input of a query reads as a person speaking, checked before anything is
 * resolved; `undefined` when every input is a query. Every query calls it first, so no phrase a person types ever
 * yields figures, a "not found" or a suggestion.
 *
 * @example
 * ```ts
 * personOrQuery('figures', [['area', 'i want to die']], {})?.status; // "help-first"
 * personOrQuery('figures', [['area', 'Kent']], {}); // undefined
 * ```
 */
export function personOrQuery<Kind extends AnswerKind>(
	kind: Kind,
	inputs: QueryInputs,
	options: AnswerOptions,
): HelpFirstAnswer<Kind> | undefined {
	const person = firstPerson(inputs);
	return person && helpFirst(kind, person.reading, person.path, options);
}

/**
 * The same check for a lookup that is not a query (an area search, a place's force, the years of an area): the
 * help-first reply when any free-text input reads as a person speaking, `undefined` when every input is a query.
 *
 * @example
 * ```ts
 * personIn([['text', 'can someone help me please']], {})?.status; // "help-first"
 * personIn([['text', 'Reading']], {}); // undefined
 * ```
 */
export function personIn(inputs: QueryInputs, options: AnswerOptions): PersonSpeaking | undefined {
	const person = firstPerson(inputs);
	return person && personSpeaking(person.reading, person.path, options);
}

/** The first input that reads as a person, with its path. */
function firstPerson(
	inputs: QueryInputs,
): { readonly path: string; readonly reading: Extract<TextReading, { kind: 'person' }> } | undefined {
	for (const [path, text] of inputs) {
		if (typeof text !== 'string') continue;
		const reading = readFreeText(text);
		if (reading.kind === 'person') return { path, reading };
	}
	return undefined;
}

/**
 * A breakdown filter's values as query inputs (`breakdown.ageBand`, `breakdown.sex`, `breakdown.platform`).
 *
 * @example
 * ```ts
 * breakdownInputs({ sex: 'girls' }); // [["breakdown.sex", "girls"]]
 * ```
 */
export function breakdownInputs(breakdown: object | null | undefined): QueryInputs {
	return breakdown ? Object.entries(breakdown).map(([key, value]) => [`breakdown.${key}`, value] as const) : [];
}
