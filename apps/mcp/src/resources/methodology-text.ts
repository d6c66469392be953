import { inForceSentence } from '@signpost-uk/domain';
import { CAVEATS, type Dataset, getHelplines } from '@signpost-uk/sdk';

/**
 * The methodology as Markdown, from the SDK's wording and the dataset: the standing caveats, each measure's definition
 * and caveats, the age bands, the conflicts between sources, and the help lines. No sentence is written here; every
 * one comes from the domain's caveats or the dataset's own records.
 *
 * @param dataset - the dataset the server answers from
 * @returns the methodology, ending with the help lines
 * @example
 * ```ts
 * methodologyText(getDataset()).includes('0800 1111'); // true
 * ```
 */
export function methodologyText(dataset: Dataset): string {
	return [
		'# Signpost: methodology and caveats',
		'',
		`Dataset ${dataset.version}.`,
		'',
		'## Caveats',
		'',
		...Object.values(CAVEATS).map((c) => `- ${c}`),
		'',
		'## Measures',
		'',
		...dataset.measures.flatMap((m) => [
			`### ${m.name}`,
			'',
			m.definition,
			...(m.inForce.length ? ['', ...m.inForce.map((entry) => inForceSentence(entry))] : []),
			...(m.caveats.length ? ['', ...m.caveats.map((c) => `- ${c}`)] : []),
			'',
		]),
		'## Age bands',
		'',
		...dataset.ageBands.map((b) => `- ${b.label}${b.notes ? `: ${b.notes}` : ''}`),
		'',
		'## Conflicts between sources',
		'',
		...dataset.conflicts.map((c) => `- ${c.note}`),
		'',
		'## Get help',
		'',
		...getHelplines().lines,
		'',
	].join('\n');
}
