/**
 * The languages Signpost writes its own sentences in: English (`en`) and Welsh (`cy`). Figures, quotes, sources'
 * titles and registry names stay as published, whichever is chosen.
 *
 * @example
 * ```ts
 * LOCALES.includes('cy'); // true
 * ```
 */
export const LOCALES = ['en', 'cy'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/**
 * Whether a value names one of {@link LOCALES} (Discord's `locale` field, a CLI flag): "cy" and "cy-GB" read as Welsh.
 *
 * @example
 * ```ts
 * readLocale('cy-GB'); // "cy"
 * readLocale('en-US'); // "en"
 * readLocale(undefined); // "en"
 * ```
 */
export function readLocale(value: unknown): Locale {
	return typeof value === 'string' && /^cy(?:[-_]|$)/i.test(value) ? 'cy' : 'en';
}
