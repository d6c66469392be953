import { type Dataset, findMeasure } from '@signpost-uk/domain';

/**
 * The measure id for what someone typed: an id, a short name, a full name or a word people use for it, in any case
 * ("Offences recorded", "child-sexual-offences", "grooming", "SCWC"), or a near spelling of one. Text that names no measure is returned trimmed, so the query answers `unknown-measure`
 * with the measures as suggestions.
 *
 * @param dataset - the dataset whose measures to match
 * @param text - the measure as typed, or undefined for the default
 * @returns a measure id, or undefined when none was given
 * @example
 * ```ts
 * measureId(dataset, 'offences recorded'); // "child-sexual-offences"
 * ```
 */
export function measureId(dataset: Dataset, text: string | undefined): string | undefined {
	const wanted = text?.trim().toLowerCase();
	if (!wanted) return undefined;
	return findMeasure(dataset, wanted)?.id ?? wanted;
}
