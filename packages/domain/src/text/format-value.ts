import type { Figure } from '../schema/figure.js';
import type { Qualifier } from '../schema/qualifier.js';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
	exact: '',
	'more-than': 'more than ',
	over: 'over ',
	'at-least': 'at least ',
	almost: 'almost ',
	nearly: 'nearly ',
	about: 'about ',
};

// Made on first use, not when the module loads: a formatter loads ICU's locale data (several MB and milliseconds),
// which a process that has not yet formatted a number (a server answering its first PING) does not need.
let number: Intl.NumberFormat | undefined;

/**
 * Formats a number the British way: "64,667", "8.1".
 *
 * @example
 * ```ts
 * formatNumber(64667); // "64,667"
 * ```
 */
export function formatNumber(value: number): string {
	number ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
	return number.format(value);
}

/**
 * A figure's value with its qualifier, as a reader should see it: "1,066", "more than 34,000", "8%", "almost 50%".
 *
 * @example
 * ```ts
 * formatFigureValue({ value: 34000, unit: 'count', qualifier: 'more-than' }); // "more than 34,000"
 * formatFigureValue({ value: 0.8, unit: 'share', qualifier: 'exact' }); // "80%"
 * ```
 */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>): string {
	const base =
		figure.unit === 'count'
			? formatNumber(figure.value)
			: figure.unit === 'percent'
				? `${formatNumber(figure.value)}%`
				: `${formatNumber(figure.value * 100)}%`;
	return `${QUALIFIER_WORDS[figure.qualifier]}${base}`;
}

/**
 * A computed percentage change, signed and rounded to a whole number: "+8%", "-1%", "0%".
 *
 * @example
 * ```ts
 * formatChange(8.44); // "+8%"
 * ```
 */
export function formatChange(percent: number): string {
	const rounded = Math.round(percent);
	return rounded > 0 ? `+${rounded}%` : rounded < 0 ? `−${Math.abs(rounded)}%` : '0%';
}
