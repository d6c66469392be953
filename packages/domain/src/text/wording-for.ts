import type { Locale } from './locale.js';
import { WELSH_WORDING } from './welsh-wording.js';
import { WORDING, type WordingTable } from './wording.js';

/**
 * The wording table for a locale: `WELSH_WORDING` for `cy`, `WORDING` otherwise. Both have the same keys, so a
 * renderer writes `wordingFor(locale).buttons.sources` and never chooses sentence by sentence.
 *
 * @example
 * ```ts
 * wordingFor('cy').help.heading; // "Cael help"
 * wordingFor('en').help.heading; // "Get help"
 * ```
 */
export function wordingFor(locale: Locale | undefined): WordingTable {
	return locale === 'cy' ? WELSH_WORDING : WORDING;
}
