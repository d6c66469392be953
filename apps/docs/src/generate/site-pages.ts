import type { Dataset } from '@signpost-uk/domain';
import { areaPage } from './area-page.js';
import { areasIndexPage } from './areas-index-page.js';
import { areasWithPages } from './areas-with-pages.js';
import { coveragePage } from './coverage-page.js';
import { downloadPage } from './download-page.js';
import { helpLinesPart } from './help-lines-part.js';
import { homePage } from './home-page.js';
import { methodologyPage } from './methodology-page.js';
import { nationalPage, nationalYearPage, nationalYears } from './national-page.js';
import { noFiguresPage } from './no-figures-page.js';
import type { SiteOptions } from './site-options.js';
import { areaPath, nationalYearPath, SITE_PATHS } from './site-paths.js';
import { sourcesPage } from './sources-page.js';
import { supportPage } from './support-page.js';

/**
 * Every generated page, keyed by its file under `docs/`, in a fixed order: the same dataset always gives the same
 * files, byte for byte. Pages from other inputs (the bot's commands) are passed in `extra`; `options` says what
 * else the site holds (the download page, and the last release's record for its changelog).
 *
 * @example
 * ```ts
 * const pages = sitePages(getBundledDataset());
 * pages.get('data/areas/derbyshire.md');
 * ```
 */
export function sitePages(
	dataset: Dataset,
	extra: ReadonlyMap<string, string> = new Map(),
	options: SiteOptions = {},
): Map<string, string> {
	const pages = new Map<string, string>([
		[SITE_PATHS.home.file, homePage(dataset)],
		[SITE_PATHS.helpLinesPart.file, helpLinesPart()],
		[SITE_PATHS.support.file, supportPage()],
		[SITE_PATHS.sources.file, sourcesPage(dataset)],
		[SITE_PATHS.methodology.file, methodologyPage(dataset)],
		[SITE_PATHS.dataIndex.file, areasIndexPage(dataset, options)],
		[SITE_PATHS.national.file, nationalPage(dataset, options)],
		[SITE_PATHS.coverage.file, coveragePage(dataset, options)],
		[SITE_PATHS.download.file, downloadPage(dataset, options.release)],
	]);
	for (const year of nationalYears(dataset)) {
		const page = nationalYearPage(dataset, year, options);
		if (page) pages.set(nationalYearPath(year).file, page);
	}
	const held = new Set(dataset.figures.map((f) => f.area));
	for (const area of areasWithPages(dataset))
		pages.set(
			areaPath(area).file,
			held.has(area.id) ? areaPage(dataset, area, options) : noFiguresPage(dataset, area, options),
		);
	for (const [file, content] of extra) pages.set(file, content);
	return pages;
}
