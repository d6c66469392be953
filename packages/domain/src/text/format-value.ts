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

/**
 * `abs` (not negative, finite) rounded to one decimal place as `Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })`
 * rounds it: from its shortest decimal form (`String(abs)`), half away from zero ("0.15" → "0.2"), a ".0" dropped.
 * Undefined for a value written with an exponent (under 0.000001 or from 1e21), which the caller hands to Intl.
 */
function roundedDigits(abs: number): string | undefined {
	const parts = /^(\d+)(?:\.(\d+))?$/.exec(String(abs));
	if (!parts) return undefined;
	const [, whole = '0', fraction = ''] = parts;
	if (fraction.length <= 1) return fraction ? `${whole}.${fraction}` : whole;
	const up = fraction.charAt(1) >= '5' ? 1n : 0n;
	const tenths = (BigInt(whole + fraction.charAt(0)) + up).toString().padStart(2, '0');
	const tenth = tenths.slice(-1);
	return tenth === '0' ? tenths.slice(0, -1) : `${tenths.slice(0, -1)}.${tenth}`;
}

/**
 * Formats a number the British way: "64,667", "8.1". Written out rather than with `Intl.NumberFormat`, whose first
 * use loads ICU's locale data (about 7 MB of memory and 15 ms, the most a first answer costs the bot); it gives
 * exactly Intl's output (a test compares them over many values), and uses Intl itself for the values written with
 * an exponent.
 *
 * @example
 * ```ts
 * formatNumber(64667); // "64,667"
 * ```
 */
export function formatNumber(value: number): string {
	const digits = Number.isFinite(value) ? roundedDigits(Math.abs(value)) : undefined;
	if (digits === undefined) return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value);
	const [whole = '', fraction] = digits.split('.');
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
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
 * A computed percentage change, signed and rounded to a whole number: "+8%", "−1%" (a minus sign, U+2212), "0%".
 *
 * @example
 * ```ts
 * formatChange(8.44); // "+8%"
 * formatChange(-0.6); // "−1%"
 * ```
 */
export function formatChange(percent: number): string {
	const rounded = Math.round(percent);
	return rounded > 0 ? `+${rounded}%` : rounded < 0 ? `−${Math.abs(rounded)}%` : '0%';
}
