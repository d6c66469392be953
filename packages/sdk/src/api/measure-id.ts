import type { Dataset } from '@signpost-uk/domain';

/**
 * The measure id for what someone typed: an id, a short name or a full name, in any case ("Offences recorded",
 * "child-sexual-offences"). Text that names no measure is returned trimmed, so the query answers `unknown-measure`
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
	const measure = dataset.measures.find(
		(m) => m.id === wanted || m.shortName.toLowerCase() === wanted || m.name.toLowerCase() === wanted,
	);
	return measure?.id ?? wanted;
}
