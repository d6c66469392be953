import type { Figure } from '../schema/figure.js';

/**
 * The key two figures must share to report the same thing: area, period, measure and breakdown.
 * Figures with one key and different values are a conflict.
 *
 * @example
 * ```ts
 * figureKey(figure); // "derbyshire|2015/16|child-sexual-offences|-"
 * ```
 */
export function figureKey(figure: Pick<Figure, 'area' | 'period' | 'measure' | 'breakdown'>): string {
	const b = figure.breakdown;
	const breakdown = b ? [b.ageBand ?? '', b.sex ?? '', b.platform ?? ''].join('/') : '-';
	return `${figure.area}|${figure.period}|${figure.measure}|${breakdown}`;
}
