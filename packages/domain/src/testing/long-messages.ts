import { MAX_FREE_TEXT_LENGTH } from '../person/max-free-text-length.js';

/**
 * Words a person might write before getting to what is wrong: ordinary, with nothing in them that reads as a person
 * (no "i" or "me": a sentence about someone is read as a person), so a surface that cuts the message short answers it
 * as a query and the tests see it.
 */
const PREAMBLE = 'sorry this is long but it has been a long week and this seemed the place to ask ';

/** A privacy phrase every surface's tests give to every text argument: it must never be logged, written or echoed. */
export const PRIVATE_PHRASE = 'my dad touches me and I am scared';

/**
 * A person's long message, as a child or a worried adult might type it into a box that asks for a place: ordinary
 * words first, then what is wrong (`PRIVATE_PHRASE`) at the very end, the whole exactly `MAX_FREE_TEXT_LENGTH`
 * (2,000) characters, so a surface that cuts it short or refuses it by length never sees the words that matter.
 *
 * @example
 * ```ts
 * getFigures(getDataset(), { area: LONG_PERSON_MESSAGE }).status; // "help-first"
 * ```
 */
export const LONG_PERSON_MESSAGE: string = longMessage(PRIVATE_PHRASE);

/**
 * A long string that is not a person speaking (a pasted block of letters), `MAX_FREE_TEXT_LENGTH` characters: every
 * surface answers it as bad input, with the help lines.
 *
 * @example
 * ```ts
 * getFigures(getDataset(), { area: LONG_QUERY }).status; // "not-found" (reason "invalid-query")
 * ```
 */
export const LONG_QUERY: string = 'Qzx '.repeat(MAX_FREE_TEXT_LENGTH / 4).slice(0, MAX_FREE_TEXT_LENGTH);

/**
 * `ending` after ordinary words, `MAX_FREE_TEXT_LENGTH` characters in all (or `length`).
 *
 * @example
 * ```ts
 * longMessage('helpwch fi').endsWith(' helpwch fi'); // true
 * ```
 */
export function longMessage(ending: string, length: number = MAX_FREE_TEXT_LENGTH): string {
	const room = length - ending.length - 1;
	return `${PREAMBLE.repeat(Math.ceil(room / PREAMBLE.length)).slice(0, room)} ${ending}`;
}
