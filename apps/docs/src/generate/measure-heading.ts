import type { Measure } from '@signpost-uk/domain';

/** Two words that share their first five letters ("charge", "charged") are taken as one word. */
function sameWord(a: string, b: string): boolean {
	return a.slice(0, 5) === b.slice(0, 5);
}

/**
 * A measure's heading on an area page: its short name, and the first one-word name readers use for it that the
 * short name does not already say, from the domain's aliases ("Sexual Communication with a Child (grooming)"), so the
 * site search ranks the page for that word. Codes in capitals (SCWC) are never shown.
 *
 * @example
 * ```ts
 * measureHeading({ shortName: 'Sexual Communication with a Child', aliases: ['grooming', 'SCWC'] }); // "Sexual Communication with a Child (grooming)"
 * ```
 */
export function measureHeading(measure: Pick<Measure, 'shortName' | 'aliases'>): string {
	const words = measure.shortName.toLowerCase().split(/[^a-z0-9]+/);
	const plain = measure.aliases.find((alias) => /^[a-z]+$/.test(alias) && !words.some((word) => sameWord(word, alias)));
	return plain ? `${measure.shortName} (${plain})` : measure.shortName;
}
