/**
 * The longest address answered: past this, 414. Room for a parameter of the domain's `MAX_FREE_TEXT_LENGTH` (2,000
 * characters, a person's long message) percent-encoded even if every character took three (a space is `%20`), beside
 * the path and the other parameters; Node and Workers both take addresses of 16 KB.
 *
 * @example
 * ```ts
 * MAX_URL_LENGTH; // 8192
 * ```
 */
export const MAX_URL_LENGTH = 8_192;
