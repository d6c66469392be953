const SUFFIXES = /\s+(?:police service|police force|constabulary|police|service|force)$/;

/**
 * Folds an area name for matching: lower case, "&" as "and", "-", "_" and punctuation as spaces, a leading "the"
 * and a trailing "Police", "Constabulary" or "Police Service" dropped.
 *
 * @example
 * ```ts
 * normalizeAreaName('Avon & Somerset Constabulary'); // "avon and somerset"
 * normalizeAreaName('thames_valley-police'); // "thames valley"
 * ```
 */
export function normalizeAreaName(text: string): string {
	let folded = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.replace(/^the\s+/, '');
	let previous = '';
	while (previous !== folded) {
		previous = folded;
		folded = folded.replace(SUFFIXES, '');
	}
	return folded;
}
