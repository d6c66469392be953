import type { Dataset } from '@signpost-uk/domain';
import { helpSection } from './help-block.js';
import { frontMatter, mdLink, mdText } from './markdown-text.js';
import { publishedDate } from './published-date.js';
import { SITE_PATHS } from './site-paths.js';

/**
 * Every source in the dataset with its date, address, what it reports and how many figures cite it, oldest first.
 *
 * @example
 * ```ts
 * sourcesPage(dataset); // "# Sources ... ## Belper News: “17 sex offences ...”"
 * ```
 */
export function sourcesPage(dataset: Dataset): string {
	const citing = new Map<string, number>();
	for (const f of dataset.figures) for (const s of f.sources) citing.set(s.source, (citing.get(s.source) ?? 0) + 1);
	const sorted = [...dataset.sources].sort(
		(a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id),
	);
	return [
		frontMatter({ title: 'Sources' }),
		'',
		'# Sources',
		'',
		`Every page Signpost quotes figures from: ${dataset.sources.length} sources, dataset version ${dataset.version}. Titles are the sources' own words. Where a page shows no date, it says so.`,
		'',
		...(sorted.length === 0 ? ['No sources are held yet.', ''] : []),
		...sorted.flatMap((s) => [
			`## ${mdText(s.publisher ? `${s.publisher}: “${s.title}”` : `“${s.title}”`)}`,
			'',
			`- Published: ${publishedDate(s.published)}${s.publishedNote ? ` (${mdText(s.publishedNote)})` : ''}`,
			`- Address: ${s.url ? mdLink(s.url, s.url) : 'no web address held'}`,
			`- Reports: ${mdText(s.reports)}`,
			`- Figures citing it: ${citing.get(s.id) ?? 0}`,
			`- Id: \`${s.id}\``,
			'',
		]),
		helpSection(SITE_PATHS.support.link),
		'',
	].join('\n');
}
